package dev.shapesense.analyzer.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shapesense.analyzer.SourceFile;
import dev.shapesense.analyzer.Workspace;
import dev.shapesense.analyzer.jvm.Differential.Difference;
import dev.shapesense.analyzer.jvm.Differential.Outcome;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Shape;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analyzer against the JVM, model for model: every model class (public, no-arg constructor,
 * forward of tensors) of testdata/models, of testdata/torchvision and each of its folders, and of
 * every folder under testdata/idioms, testdata/corpus and testdata/jvm is compiled with javac, run
 * on META with a hook on every module (the oracle), and analysed with the same input; see {@link
 * Differential} for what is compared. Every seeded bug of a {@code bugs.json} beside the models is
 * applied: the JVM must raise its error (at its line when it gives one) and the analyzer must flag
 * it there.
 *
 * <p>Files that are not valid Java on purpose are listed in testdata/jvm/not-java.tsv (each must
 * indeed fail to compile). Differences that exist today are listed in
 * testdata/jvm/known-differences.tsv (model, kind, reason): the test fails on a difference not
 * listed and on a listed one that no longer occurs, so the list only shrinks.
 */
class JvmDifferentialTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  /**
   * Per folder: models, layers agreeing/total, params agreeing, errors agreeing, bugs caught/total.
   */
  private static final class Tally {
    int models;
    int layersAgreeing;
    int layers;
    int params;
    int errors;
    int bugs;
    int bugsCaught;

    void add(Tally t) {
      models += t.models;
      layersAgreeing += t.layersAgreeing;
      layers += t.layers;
      params += t.params;
      errors += t.errors;
      bugs += t.bugs;
      bugsCaught += t.bugsCaught;
    }

    @Override
    public String toString() {
      return String.format(
          "%3d models, layers %5d/%-5d params %3d/%-3d errors %3d/%-3d bugs %d/%d",
          models, layersAgreeing, layers, params, models, errors, models, bugsCaught, bugs);
    }
  }

  /** The folders of classes to compare, as paths relative to testdata/. */
  static List<Path> folders(Path testdata) throws IOException {
    List<Path> out = new ArrayList<>();
    out.add(testdata.resolve("models"));
    for (String tree : List.of("torchvision", "idioms", "corpus", "jvm")) {
      Path top = testdata.resolve(tree);
      if (!Files.isDirectory(top)) {
        continue;
      }
      try (Stream<Path> s = Files.walk(top)) {
        s.filter(Files::isDirectory)
            .filter(d -> !JvmOracle.javaFiles(d).isEmpty())
            .sorted()
            .forEach(out::add);
      }
    }
    return out;
  }

  static Map<String, String> tsv(Path file, int columns) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    if (!Files.exists(file)) {
      return out;
    }
    for (String line : Files.readAllLines(file)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\t", columns);
      if (parts.length < columns) {
        throw new IllegalArgumentException(
            file + ": needs " + columns + " tab-separated columns: " + line);
      }
      String key = String.join("\t", java.util.Arrays.copyOf(parts, columns - 1));
      if (out.put(key, parts[columns - 1]) != null) {
        throw new IllegalArgumentException(file + ": listed twice: " + key);
      }
    }
    return out;
  }

  @Test
  void theAnalyzerAgreesWithTheJvm() throws Exception {
    long started = System.nanoTime();
    Path root = JvmOracle.root();
    Path testdata = root.resolve("testdata");
    Map<String, String> notJava = tsv(testdata.resolve("jvm/not-java.tsv"), 2);
    Map<String, String> known = tsv(testdata.resolve("jvm/known-differences.tsv"), 3);
    Map<String, JsonNode> declared = declaredInputs(testdata);
    List<Difference> found = new ArrayList<>();
    Map<String, Tally> tallies = new TreeMap<>();
    List<String> notJavaSeen = new ArrayList<>();
    int folderIndex = 0;
    for (Path folder : folders(testdata)) {
      String folderId = testdata.relativize(folder).toString().replace('\\', '/');
      Tally tally = new Tally();
      tallies.put(folderId, tally);
      List<Path> all = JvmOracle.javaFiles(folder);
      List<Path> valid = new ArrayList<>();
      List<Path> invalid = new ArrayList<>();
      for (Path p : all) {
        (notJava.containsKey(folderId + "/" + p.getFileName()) ? invalid : valid).add(p);
      }
      Path out = Files.createDirectories(tmp.resolve("f" + folderIndex++));
      List<String> errors = JvmOracle.compile(valid, out);
      if (!errors.isEmpty()) {
        found.add(new Difference(folderId, "javac", errors.get(0)));
        continue;
      }
      for (Path bad : invalid) {
        notJavaSeen.add(folderId + "/" + bad.getFileName());
        List<Path> with = new ArrayList<>(valid);
        with.add(bad);
        Path scratch = Files.createDirectories(tmp.resolve("f" + folderIndex++));
        List<String> e = JvmOracle.compile(with, scratch);
        if (e.stream().noneMatch(x -> x.startsWith(bad.getFileName() + ":"))) {
          found.add(
              new Difference(
                  folderId + "/" + bad.getFileName(),
                  "compiles",
                  "listed in not-java.tsv but javac accepts it"));
        }
      }
      Map<String, String> texts = new LinkedHashMap<>();
      List<SourceFile> sources = new ArrayList<>();
      for (Path p : all) {
        String text = Files.readString(p);
        texts.put(p.toString(), text);
        sources.add(new SourceFile(p.toString(), text));
      }
      Workspace ws = Workspace.of(sources);
      Map<String, Outcome> outcomes = new LinkedHashMap<>();
      try (URLClassLoader loader = JvmOracle.load(out)) {
        Set<String> classes = JvmOracle.compiledClasses(out);
        for (Path p : valid) {
          String cls = p.getFileName().toString().replace(".java", "");
          Outcome o =
              Differential.compare(
                  folderId + "/" + cls, ws, texts, p.toString(), cls, loader, classes);
          if (o == null) {
            continue;
          }
          outcomes.put(cls, o);
          tally.models++;
          tally.layersAgreeing += o.layersAgreeing();
          tally.layers += o.layersTotal();
          tally.params += o.paramsAgree() ? 1 : 0;
          tally.errors += o.errorsAgree() ? 1 : 0;
          found.addAll(o.differences());
          if (Boolean.getBoolean("jvm.verbose")) {
            System.out.println(
                o.model()
                    + " input "
                    + o.input()
                    + " jvm "
                    + (o.jvm() == null ? "-" : o.jvm().error())
                    + " "
                    + o.differences());
            if (!o.differences().isEmpty() && o.jvm() != null) {
              o.jvm()
                  .layers()
                  .forEach(l -> System.out.println("    jvm      " + String.join(" ", l)));
              o.analyzerLayers().forEach(l -> System.out.println("    analyzer " + l));
            }
          }
        }
      }
      Path bugs = folder.resolve("bugs.json");
      if (Files.exists(bugs)) {
        for (JsonNode bug : JSON.readTree(bugs.toFile())) {
          tally.bugs++;
          List<Difference> d =
              seededBug(
                  root,
                  folder,
                  folderId,
                  bug,
                  valid,
                  outcomes,
                  declared,
                  tmp.resolve("f" + folderIndex++));
          if (d.isEmpty()) {
            tally.bugsCaught++;
          }
          found.addAll(d);
        }
      }
    }
    Tally total = new Tally();
    StringBuilder summary = new StringBuilder("JVM differential (analyzer vs javac + META run):\n");
    for (Map.Entry<String, Tally> e : tallies.entrySet()) {
      summary.append(String.format("  %-32s %s%n", e.getKey(), e.getValue()));
      total.add(e.getValue());
    }
    summary.append(String.format("  %-32s %s%n", "total", total));
    summary.append(
        String.format(
            "  %d differences, %.1f s%n", found.size(), (System.nanoTime() - started) / 1e9));
    System.out.println(summary);

    TreeSet<String> now = new TreeSet<>();
    Map<String, String> details = new TreeMap<>();
    for (Difference d : found) {
      String key = d.model() + "\t" + d.kind();
      now.add(key);
      details.merge(key, d.detail(), (a, b) -> a);
    }
    List<String> unlisted = new ArrayList<>();
    for (String k : now) {
      if (!known.containsKey(k)) {
        unlisted.add(k + "\t" + details.get(k));
      }
    }
    List<String> gone = new ArrayList<>();
    for (String k : known.keySet()) {
      if (!now.contains(k)) {
        gone.add(k);
      }
    }
    if (Boolean.getBoolean("jvm.updateKnown") && !(unlisted.isEmpty() && gone.isEmpty())) {
      rewriteKnown(testdata.resolve("jvm/known-differences.tsv"), now, details);
      throw new AssertionError(
          "testdata/jvm/known-differences.tsv rewritten (-Djvm.updateKnown=true): "
              + unlisted.size()
              + " added with their evidence as"
              + " reason (write the reason), "
              + gone.size()
              + " removed");
    }
    // Listed files outside the folders compared here (regressions/) are checked by
    // TestdataJavacTest.
    List<String> notJavaMissing = new ArrayList<>(notJava.keySet());
    notJavaMissing.removeIf(k -> notJavaSeen.contains(k) || Files.exists(testdata.resolve(k)));
    assertEquals(
        List.of(), notJavaMissing, "testdata/jvm/not-java.tsv lists files that do not exist");
    assertTrue(
        unlisted.isEmpty() && gone.isEmpty(),
        () ->
            "differences not in testdata/jvm/known-differences.tsv:\n  "
                + (unlisted.isEmpty() ? "(none)" : String.join("\n  ", unlisted))
                + "\nlisted differences that no longer occur (remove them):\n  "
                + (gone.isEmpty() ? "(none)" : String.join("\n  ", gone)));
  }

  /**
   * Rewrites the known-differences file to the differences of this run: comments and the lines that
   * still occur stay as they are, lines that no longer occur go, new ones are appended with their
   * evidence in the reason column.
   */
  private static void rewriteKnown(Path file, TreeSet<String> now, Map<String, String> details)
      throws IOException {
    List<String> out = new ArrayList<>();
    Set<String> kept = new TreeSet<>();
    for (String line : Files.readAllLines(file)) {
      if (line.isBlank() || line.startsWith("#")) {
        out.add(line);
        continue;
      }
      String[] parts = line.split("\t", 3);
      String key = parts[0] + "\t" + parts[1];
      if (now.contains(key)) {
        out.add(line);
        kept.add(key);
      }
    }
    for (String key : now) {
      if (!kept.contains(key)) {
        out.add(key + "\t" + details.get(key).replace('\t', ' ').replace('\n', ' '));
      }
    }
    Files.write(file, out);
  }

  /**
   * Applies one seeded bug to a copy of the folder and runs the models: the JVM must raise its
   * error (at its line, when given) and the analyzer must report that error on that line.
   */
  private static List<Difference> seededBug(
      Path root,
      Path folder,
      String folderId,
      JsonNode bug,
      List<Path> valid,
      Map<String, Outcome> originals,
      Map<String, JsonNode> declared,
      Path out)
      throws IOException {
    String id = folderId + "/bugs.json#" + bug.get("id").asText();
    List<Difference> diffs = new ArrayList<>();
    Path file = resolve(root, folder, bug.get("file").asText());
    String original = bug.get("original").asText();
    int occurrence = bug.path("occurrence").asInt(1);
    String text = Files.readString(file);
    int at = -1;
    for (int i = 0; i < occurrence; i++) {
      at = text.indexOf(original, at + 1);
      if (at < 0) {
        diffs.add(
            new Difference(
                id,
                "bug-not-found",
                "occurrence "
                    + occurrence
                    + " of '"
                    + original
                    + "' not in "
                    + file.getFileName()));
        return diffs;
      }
    }
    String edited =
        text.substring(0, at)
            + bug.get("replacement").asText()
            + text.substring(at + original.length());
    Map<String, String> texts = new LinkedHashMap<>();
    List<SourceFile> sources = new ArrayList<>();
    for (Path p : JvmOracle.javaFiles(folder)) {
      String t = p.equals(file) ? edited : Files.readString(p);
      texts.put(p.toString(), t);
      sources.add(new SourceFile(p.toString(), t));
    }
    Map<String, String> compiled = new LinkedHashMap<>();
    for (Path p : valid) {
      compiled.put(p.getFileName().toString(), texts.get(p.toString()));
    }
    Files.createDirectories(out);
    List<String> errors = JvmOracle.compileSources(compiled, out);
    if (!errors.isEmpty()) {
      diffs.add(new Difference(id, "bug-javac", errors.get(0)));
      return diffs;
    }
    String want = bug.get("error").asText();
    Integer line = bug.hasNonNull("line") ? bug.get("line").asInt() : null;
    String lineFile =
        bug.hasNonNull("lineFile")
            ? Path.of(bug.get("lineFile").asText()).getFileName().toString()
            : file.getFileName().toString();
    Workspace ws = Workspace.of(sources);
    boolean raised = false;
    List<String> seen = new ArrayList<>();
    try (URLClassLoader loader = JvmOracle.load(out)) {
      Set<String> classes = JvmOracle.compiledClasses(out);
      for (Map.Entry<String, Outcome> e : originals.entrySet()) {
        String cls = e.getKey();
        if (bug.hasNonNull("class") && !bug.get("class").asText().equals(cls)) {
          continue;
        }
        Map<String, Long> forced = new LinkedHashMap<>();
        e.getValue().values().forEach((k, v) -> forced.put(k, v.value()));
        JsonNode run = declared.get(folderId + "/" + cls);
        JsonNode input =
            bug.has("input") ? bug.get("input") : run == null ? null : run.get("input");
        if (input != null) {
          forced.putAll(symbolsOf(loader, cls, input));
        }
        boolean eval =
            bug.has("mode")
                ? bug.get("mode").asText().equals("eval")
                : run != null && run.path("mode").asText().equals("eval");
        Outcome o =
            Differential.compare(
                id,
                ws,
                texts,
                folder.resolve(cls + ".java").toString(),
                cls,
                loader,
                classes,
                forced,
                eval);
        if (o == null || o.jvm() == null) {
          continue;
        }
        seen.add(
            cls
                + ": "
                + (o.jvm().threw()
                    ? o.jvm().error() + " at " + o.jvm().errorFile() + ":" + o.jvm().errorLine()
                    : "clean"));
        if (!want.equals(o.jvm().error())) {
          continue;
        }
        raised = true;
        if (line != null
            && !(lineFile.equals(o.jvm().errorFile()) && line.equals(o.jvm().errorLine()))) {
          diffs.add(
              new Difference(
                  id,
                  "bug-line",
                  cls
                      + ": the JVM raises it at "
                      + o.jvm().errorFile()
                      + ":"
                      + o.jvm().errorLine()
                      + ", bugs.json says "
                      + lineFile
                      + ":"
                      + line));
        }
        int jvmLine = o.jvm().errorLine() == null ? -1 : o.jvm().errorLine();
        boolean flagged =
            o.analyzerErrors().stream()
                .anyMatch(
                    x ->
                        x.message().equals(want)
                            && x.file().equals(o.jvm().errorFile())
                            && x.startLine() <= jvmLine
                            && jvmLine <= x.endLine());
        if (!flagged) {
          diffs.add(
              new Difference(
                  id,
                  "bug-missed",
                  cls
                      + ": analyzer "
                      + (o.analyzerErrors().isEmpty() ? "no error" : o.analyzerErrors())));
        }
      }
    }
    if (!raised) {
      diffs.add(
          new Difference(id, "bug-not-raised", "the JVM does not raise '" + want + "': " + seen));
    }
    return diffs;
  }

  /**
   * The values a concrete {@code input} gives the symbols of the class's {@code @Dims}: one shape
   * for the first parameter ({@code [2, 16]}) or one per parameter ({@code [[2, 16], [2]]}).
   */
  private static Map<String, Long> symbolsOf(ClassLoader loader, String cls, JsonNode input) {
    Map<String, Long> out = new LinkedHashMap<>();
    List<String[]> params = JvmOracle.describe(loader, cls);
    if (params == null || input.isEmpty()) {
      return out;
    }
    boolean several = input.get(0).isArray();
    for (int p = 0; p < params.size() && p < (several ? input.size() : 1); p++) {
      JsonNode shape = several ? input.get(p) : input;
      if (params.get(p)[0] == null) {
        continue;
      }
      int i = 0;
      for (Dim d : Shape.parse(params.get(p)[0])) {
        if (i < shape.size()
            && !d.isConst()
            && d.symbols().size() == 1
            && d.toString().equals(d.symbols().iterator().next())) {
          out.putIfAbsent(d.toString(), shape.get(i).asLong());
        }
        i++;
      }
    }
    return out;
  }

  /**
   * The runs the fixture folders declare for their models, by model id ("idioms/gpt/GPT"): an
   * object with the {@code input} and, optionally, {@code mode} ("eval") a seeded bug's error text
   * is written for. From testdata/idioms/inputs.json ({@code models: {"gpt/GPT": {input: [2,
   * 16]}}}) and testdata/corpus/traces.jsonl (one {@code class} and {@code input} a line, the class
   * looked up among the corpus folders).
   */
  static Map<String, JsonNode> declaredInputs(Path testdata) throws IOException {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    Path idioms = testdata.resolve("idioms/inputs.json");
    if (Files.exists(idioms)) {
      JSON.readTree(idioms.toFile())
          .path("models")
          .fields()
          .forEachRemaining(e -> out.put("idioms/" + e.getKey(), e.getValue()));
    }
    Path corpus = testdata.resolve("corpus/traces.jsonl");
    if (Files.exists(corpus)) {
      for (String line : Files.readAllLines(corpus)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode t = JSON.readTree(line);
        String cls = t.path("class").asText();
        try (Stream<Path> s = Files.list(testdata.resolve("corpus"))) {
          List<Path> homes = s.filter(d -> Files.isRegularFile(d.resolve(cls + ".java"))).toList();
          if (homes.size() == 1 && t.has("input")) {
            out.put("corpus/" + homes.get(0).getFileName() + "/" + cls, t);
          }
        }
      }
    }
    return out;
  }

  private static Path resolve(Path root, Path folder, String file) {
    Path p = root.resolve(file);
    if (Files.exists(p)) {
      return p;
    }
    p = folder.resolve(file);
    if (Files.exists(p)) {
      return p;
    }
    throw new UncheckedIOException(new IOException("bugs.json names a missing file: " + file));
  }
}
