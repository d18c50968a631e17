package dev.shapesense.analyzer.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shapesense.analyzer.AnalysisOptions;
import dev.shapesense.analyzer.Diagnostic;
import dev.shapesense.analyzer.FileAnalysis;
import dev.shapesense.analyzer.ModelResult;
import dev.shapesense.analyzer.Severity;
import dev.shapesense.analyzer.SourceFile;
import dev.shapesense.analyzer.TraceEntry;
import dev.shapesense.analyzer.Workspace;
import dev.shapesense.tensor.Shape;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The committed mutants ({@code testdata/mutants/mutants.json}, written by {@code verdicts.py}) and
 * how ShapeSense judges each one compared with PyTorch's recorded verdict.
 */
final class Mutants {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Mutants() {}

  /** One mutant: the Java edit and PyTorch's verdict. */
  record Mutant(
      String id,
      String file,
      String model,
      int start,
      int end,
      String original,
      String replacement,
      JsonNode pytorch) {
    boolean rejected() {
      return !pytorch.get("ok").asBoolean();
    }

    String error() {
      return pytorch.path("error").asText(null);
    }
  }

  /**
   * What ShapeSense said: {@code flagged} when it reported any error; {@code agrees} when its
   * verdict is PyTorch's (for a rejected mutant: PyTorch's message, at the call of the module
   * PyTorch names); {@code detail} says what differs.
   */
  record Outcome(Mutant mutant, boolean flagged, boolean agrees, String detail) {}

  static List<Mutant> load() {
    try {
      List<Mutant> out = new ArrayList<>();
      for (JsonNode m : JSON.readTree(Corpus.read("testdata/mutants/mutants.json"))) {
        out.add(
            new Mutant(
                m.get("id").asText(),
                m.get("file").asText(),
                m.get("model").asText(),
                m.get("start").asInt(),
                m.get("end").asInt(),
                m.get("original").asText(),
                m.get("replacement").asText(),
                m.get("pytorch")));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** PyTorch's input of {@code model} (testdata/traces), as an {@code --input} override. */
  static Shape input(String model) {
    try {
      JsonNode in =
          JSON.readTree(Corpus.read("testdata/traces/" + model + ".json")).get("input").get(0);
      long[] dims = new long[in.size()];
      for (int i = 0; i < dims.length; i++) {
        dims[i] = in.get(i).asLong();
      }
      return Shape.of(dims);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Outcome judge(Workspace base, Mutant m) {
    String text = base.file(m.file()).source().text();
    if (!text.substring(m.start(), m.end()).equals(m.original())) {
      throw new AssertionError(
          m.id() + ": the model changed since the mutants were generated; rerun verdicts.py");
    }
    String mutated = text.substring(0, m.start()) + m.replacement() + text.substring(m.end());
    Workspace ws = base.with(new SourceFile(m.file(), mutated));
    String modelFile = "testdata/models/" + m.model() + ".java";
    AnalysisOptions opts =
        AnalysisOptions.DEFAULT.withClassName(m.model()).withInput(input(m.model())).withEval(true);
    FileAnalysis a = Checked.analyze(ws, modelFile, opts, m.id());
    if (a.models().size() != 1) {
      return new Outcome(m, false, false, "analysed " + a.models().size() + " models");
    }
    ModelResult model = a.models().get(0);
    // What `shapesense check` shows: the file's diagnostics and those its model found elsewhere.
    Set<Diagnostic> all = new LinkedHashSet<>(a.diagnostics());
    all.addAll(model.diagnostics());
    List<Diagnostic> errors = all.stream().filter(d -> d.severity() == Severity.ERROR).toList();
    boolean flagged = !errors.isEmpty();
    if (!m.rejected()) {
      return new Outcome(m, flagged, !flagged, flagged ? "false error: " + render(errors) : "");
    }
    List<Diagnostic> same = errors.stream().filter(d -> d.message().equals(m.error())).toList();
    if (same.isEmpty()) {
      return new Outcome(m, flagged, false, flagged ? "other error: " + render(errors) : "missed");
    }
    String located = located(m, model, same);
    return new Outcome(m, true, located.isEmpty(), located);
  }

  /**
   * Empty when an error sits where PyTorch failed: for a torch.nn layer, the trace entry of that
   * layer's call (or of the container call that runs it) carries the message; for an error inside a
   * model class's own forward (a view, a cat), the diagnostic is in that class's file.
   */
  private static String located(Mutant m, ModelResult model, List<Diagnostic> same) {
    JsonNode v = m.pytorch();
    if (!v.path("phase").asText().equals("forward")) {
      return "";
    }
    String path = v.get("path").asText();
    if (v.get("builtin").asBoolean()) {
      for (TraceEntry e : model.trace()) {
        if (m.error().equals(e.error())
            && (path.equals(e.path()) || path.startsWith(e.path() + "."))) {
          return "";
        }
      }
      List<String> failed = new ArrayList<>();
      model.trace().stream()
          .filter(e -> e.error() != null)
          .forEach(e -> failed.add("'" + e.path() + "'"));
      return "PyTorch names '" + path + "', the trace's failing calls are " + failed;
    }
    String file = "testdata/models/" + v.get("type").asText() + ".java";
    if (same.stream().anyMatch(d -> d.path().equals(file))) {
      return "";
    }
    return "PyTorch fails in " + file + ", ShapeSense reports at " + same.get(0).path();
  }

  private static String render(List<Diagnostic> ds) {
    List<String> out = new ArrayList<>();
    ds.forEach(d -> out.add(d.code() + ": " + d.message()));
    return String.join(" | ", out);
  }
}
