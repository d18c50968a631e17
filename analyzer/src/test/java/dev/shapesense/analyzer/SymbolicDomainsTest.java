package dev.shapesense.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shapesense.tensor.Condition;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.Truth;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The valid input domain the analyzer reports for the torchvision ports and the seed Net (input
 * {@code N, 3, H, W}) against PyTorch's verdicts at sizes on both sides of every bound, recorded by
 * testdata/symbolic/domains/record.py in domains.jsonl: at every recorded point, the domain holds
 * exactly when PyTorch ran the model. Points where they differ for a known reason are listed in
 * known-differences.tsv beside the data, and a listed point that no longer differs fails too. A
 * model whose output the analysis does not reach at symbolic sizes claims no domain; it is listed
 * there with {@code *} for its points, and fails when it reaches its output again.
 */
class SymbolicDomainsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** known-differences.tsv's points for a model whose output the analysis does not reach. */
  private static final String UNREACHED = "*";

  private static final Path DIR = Fixtures.root().resolve("testdata/symbolic/domains");

  @TestFactory
  Stream<DynamicTest> domainsAgreeWithPyTorch() throws Exception {
    Map<String, TreeSet<String>> known = knownDifferences();
    List<DynamicTest> tests = new ArrayList<>();
    for (String line : Files.readAllLines(DIR.resolve("domains.jsonl"))) {
      JsonNode rec = JSON.readTree(line);
      String file = rec.get("file").asText();
      String cls = rec.get("class").asText();
      tests.add(
          DynamicTest.dynamicTest(
              file + " " + cls,
              () -> {
                Path path = Fixtures.root().resolve(file);
                Workspace ws = Fixtures.workspace(path.getParent());
                // No budget: on a loaded machine the editor's 2 s would stop the larger models
                // before their last layer, and a stopped analysis reports no domain.
                AnalysisOptions opts =
                    AnalysisOptions.DEFAULT
                        .withInput(Shape.parse(rec.get("input").asText()))
                        .withClassName(cls)
                        .withTimeBudgetMillis(Long.MAX_VALUE)
                        .withStepBudget(Integer.MAX_VALUE);
                FileAnalysis fa = Analyzer.analyzeFile(ws, path.toString(), opts);
                assertTrue(!fa.models().isEmpty(), cls + " was not analysed");
                ModelResult m = fa.models().get(0);
                String valid = m.valid();
                TreeSet<String> listed = known.getOrDefault(file + "\t" + cls, new TreeSet<>());
                if (m.output() == null) {
                  // The analysis does not reach the output at symbolic sizes: it claims no domain
                  // (the bounds of the layers it reached are not the model's).
                  assertEquals(
                      "", valid, cls + ": a domain claimed for a model whose output is unknown");
                  assertEquals(
                      new TreeSet<>(List.of(UNREACHED)),
                      listed,
                      cls
                          + "'s output is unknown at symbolic sizes; known-differences.tsv lists it with * when that is known");
                  return;
                }
                assertTrue(
                    !listed.contains(UNREACHED),
                    cls + " now reaches its output: its * row in known-differences.tsv is stale");
                Condition domain = domain(valid);
                TreeSet<String> differing = new TreeSet<>(SymbolicDomainsTest::byNumbers);
                List<String> report = new ArrayList<>();
                for (JsonNode p : rec.get("points")) {
                  Map<String, Dim> at = new LinkedHashMap<>();
                  for (String s : List.of("N", "H", "W")) {
                    at.put(s, Dim.of(p.get(s).asLong()));
                  }
                  Truth t = domain.holds(at);
                  assertTrue(t != Truth.UNKNOWN, () -> "undecided at " + at + ": " + valid);
                  boolean ok = p.get("ok").asBoolean();
                  if ((t == Truth.TRUE) != ok) {
                    String key = p.get("N") + "," + p.get("H") + "," + p.get("W");
                    differing.add(key);
                    report.add(
                        "N="
                            + p.get("N")
                            + " H="
                            + p.get("H")
                            + " W="
                            + p.get("W")
                            + ": PyTorch "
                            + (ok ? "runs" : "fails: " + p.get("error").asText()));
                  }
                }
                if (!differing.equals(listed)) {
                  TreeSet<String> gone = new TreeSet<>(listed);
                  gone.removeAll(differing);
                  TreeSet<String> unlisted = new TreeSet<>(differing);
                  unlisted.removeAll(listed);
                  fail(
                      cls
                          + " ("
                          + file
                          + "): domain '"
                          + valid
                          + "' (recorded with '"
                          + rec.path("valid").asText(null)
                          + "')\n"
                          + "differs from PyTorch at "
                          + (report.isEmpty() ? "no point" : String.join("\n  ", report))
                          + "\nlisted in known-differences.tsv: "
                          + listed
                          + (unlisted.isEmpty() ? "" : "\ndiffering but not listed: " + unlisted)
                          + (gone.isEmpty() ? "" : "\nlisted but no longer differing: " + gone));
                }
              }));
    }
    return tests.stream();
  }

  /** The translation of the domain's text into a Condition, on the grammar's every form. */
  @Test
  void theDomainTextReadsAsACondition() {
    Map<String, Dim> at = Map.of("N", Dim.of(2), "H", Dim.of(17), "W", Dim.of(113));
    assertEquals(Truth.TRUE, domain(null).holds(at));
    assertEquals(
        Truth.TRUE,
        domain("16 <= H <= 19 and 112 <= W <= 115, or 32 <= H <= 35 and 32 <= W <= 35").holds(at));
    assertEquals(Truth.FALSE, domain("32 <= H <= 35 and 32 <= W <= 35, or H >= 200").holds(at));
    assertEquals(Truth.TRUE, domain("H odd, W % 4 == 1, N even").holds(at));
    assertEquals(Truth.FALSE, domain("H >= 3, W % 4 != 1").holds(at));
    assertEquals(Truth.TRUE, domain("W % 8 in {0, 1}, (H even or H >= 17), H <= 17").holds(at));
    assertEquals(Truth.FALSE, domain("W % 8 in {0, 2}").holds(at));
    assertEquals(Truth.FALSE, domain("N == 1, or H == W").holds(at));
    assertEquals(Truth.TRUE, domain("N == 1, or H == 17").holds(at));
  }

  static Condition domain(String valid) {
    if (valid == null || valid.isBlank()) {
      return Condition.parse("1 == 1");
    }
    List<Condition> boxes = new ArrayList<>();
    for (String box : split(valid, ", or ")) {
      List<Condition> parts = new ArrayList<>();
      for (String a : split(box, ", ")) {
        for (String part : split(a, " and ")) {
          parts.add(part(part.trim()));
        }
      }
      boxes.add(parts.size() == 1 ? parts.get(0) : new Condition.All(parts));
    }
    return boxes.size() == 1 ? boxes.get(0) : new Condition.Any(boxes);
  }

  private static final Pattern PARITY = Pattern.compile("(\\w+) (even|odd)");
  private static final Pattern IN = Pattern.compile("(\\w+) % (\\d+) in \\{([\\d, ]+)}");

  private static Condition part(String s) {
    if (s.startsWith("(")
        && s.endsWith(")")
        && split(s.substring(1, s.length() - 1), " or ").size() > 1) {
      List<Condition> alts = new ArrayList<>();
      split(s.substring(1, s.length() - 1), " or ").forEach(a -> alts.add(part(a.trim())));
      return new Condition.Any(alts);
    }
    Matcher m = PARITY.matcher(s);
    if (m.matches()) {
      return Condition.parse(m.group(1) + " % 2 == " + (m.group(2).equals("even") ? 0 : 1));
    }
    m = IN.matcher(s);
    if (m.matches()) {
      List<Condition> alts = new ArrayList<>();
      for (String r : m.group(3).split(", ")) {
        alts.add(Condition.parse(m.group(1) + " % " + m.group(2) + " == " + r));
      }
      return new Condition.Any(alts);
    }
    return Condition.parse(s);
  }

  /** Splits at occurrences of {@code sep} outside brackets and braces. */
  private static List<String> split(String s, String sep) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        depth--;
      } else if (depth == 0 && s.startsWith(sep, i)) {
        out.add(s.substring(start, i));
        start = i + sep.length();
        i = start - 1;
      }
    }
    out.add(s.substring(start));
    return out;
  }

  /**
   * known-differences.tsv: file, class, the differing points as N,H,W separated by spaces, and the
   * reason; '#' lines are comments.
   */
  private static Map<String, TreeSet<String>> knownDifferences() throws Exception {
    Map<String, TreeSet<String>> out = new LinkedHashMap<>();
    Path p = DIR.resolve("known-differences.tsv");
    for (String line : Files.readAllLines(p)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      assertEquals(4, f.length, "file, class, points, reason: " + line);
      assertNotNull(f[3]);
      TreeSet<String> pts =
          out.computeIfAbsent(
              f[0] + "\t" + f[1], k -> new TreeSet<>(SymbolicDomainsTest::byNumbers));
      for (String pt : f[2].trim().split(" +")) {
        pts.add(pt);
      }
    }
    return out;
  }

  private static int byNumbers(String a, String b) {
    if (a.equals(UNREACHED) || b.equals(UNREACHED)) {
      return a.compareTo(b);
    }
    String[] x = a.split(",");
    String[] y = b.split(",");
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int c = Long.compare(Long.parseLong(x[i]), Long.parseLong(y[i]));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  }
}
