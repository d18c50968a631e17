package dev.shapesense.analyzer.jvm;

import dev.shapesense.analyzer.AnalysisOptions;
import dev.shapesense.analyzer.Analyzer;
import dev.shapesense.analyzer.Diagnostic;
import dev.shapesense.analyzer.FileAnalysis;
import dev.shapesense.analyzer.ModelResult;
import dev.shapesense.analyzer.Severity;
import dev.shapesense.analyzer.TraceEntry;
import dev.shapesense.analyzer.Workspace;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Shape;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs one model class through the analyzer and through the JVM ({@link JvmOracle}) on the same
 * concrete input and compares them layer for layer: the module-call trace (path, type, output
 * shape, in forward-hook order), the parameter count, and the errors (the JVM raising a ShapeError
 * means the analyzer reports an error with that message on a range covering that line; the JVM
 * running clean means the analyzer reports no error).
 *
 * <p>The input: the forward's {@code @Dims} with N = 2, L = 7 and every other symbol the first of
 * 32, 16, 64, 224 on which the JVM runs clean (all 32 when none does); the analyzer gets that shape
 * through {@link AnalysisOptions#withInput}. A forward without {@code @Dims} takes the input the
 * analyzer infers, with the same values for its symbols (the analyzer then runs symbolically and
 * its shapes are compared with the symbols substituted).
 */
final class Differential {
  private Differential() {}

  /** A difference between the analyzer and the JVM: which model, what kind, the evidence. */
  record Difference(String model, String kind, String detail) {}

  /** What comparing one model gave. {@code input} is the concrete input used, as text. */
  record Outcome(
      String model,
      String input,
      int layersAgreeing,
      int layersTotal,
      boolean paramsAgree,
      boolean errorsAgree,
      Map<String, Dim> values,
      JvmOracle.Trace jvm,
      List<String> analyzerLayers,
      List<Err> analyzerErrors,
      List<Difference> differences) {}

  static final long[] CANDIDATES = {32, 16, 64, 224};

  /** A source file of the workspace: its path in the workspace and its text. */
  record Source(String path, String text) {}

  /**
   * Compares model {@code cls}, declared in {@code file} of {@code ws}, compiled into {@code
   * loader} (whose folder's top-level classes are {@code classes}). Returns null when {@code cls}
   * is not a model (see {@link JvmOracle#describe}).
   */
  static Outcome compare(
      String id,
      Workspace ws,
      Map<String, String> texts,
      String file,
      String cls,
      ClassLoader loader,
      Set<String> classes) {
    return compare(id, ws, texts, file, cls, loader, classes, null, false);
  }

  /**
   * As above; {@code forced} (when not null) gives symbols of the input their values, and {@code
   * eval} runs the model in eval mode on both sides.
   */
  static Outcome compare(
      String id,
      Workspace ws,
      Map<String, String> texts,
      String file,
      String cls,
      ClassLoader loader,
      Set<String> classes,
      Map<String, Long> forced,
      boolean eval) {
    List<String[]> params = JvmOracle.describe(loader, cls);
    if (params == null) {
      return null;
    }
    List<Difference> diffs = new ArrayList<>();
    boolean declared = params.get(0)[0] != null;
    List<Shape> symbolic = new ArrayList<>();
    List<String> dtypes = new ArrayList<>();
    ModelResult inferred = null;
    for (int i = 0; i < params.size(); i++) {
      String[] p = params.get(i);
      dtypes.add(p[1]);
      if (p[0] != null) {
        symbolic.add(Shape.parse(p[0]));
      } else {
        if (inferred == null) {
          inferred =
              model(
                      ws,
                      file,
                      AnalysisOptions.DEFAULT.withClassName(cls).withEval(eval ? true : null))
                  .model;
        }
        if (inferred == null
            || inferred.inputs() == null
            || inferred.inputs().size() <= i
            || inferred.inputs().get(i) == null) {
          // No @Dims and no inferred input: a helper module, not a model to run.
          return null;
        }
        symbolic.add(inferred.inputs().get(i));
        if (!inferred.trace().isEmpty() && inferred.trace().get(0).type().startsWith("Embedding")) {
          dtypes.set(i, "INT64");
        }
      }
    }
    Set<String> symbols = new LinkedHashSet<>();
    for (Shape s : symbolic) {
      for (Dim d : s) {
        symbols.addAll(d.symbols());
      }
    }
    boolean free = symbols.stream().anyMatch(s -> !s.equals("N") && !s.equals("L"));
    Map<String, Dim> values = null;
    JvmOracle.Input input = null;
    JvmOracle.Trace jvm = null;
    for (long v : free && forced == null ? CANDIDATES : new long[] {CANDIDATES[0]}) {
      Map<String, Dim> vs = new HashMap<>();
      for (String s : symbols) {
        long value = s.equals("N") ? 2 : s.equals("L") ? 7 : v;
        if (forced != null && forced.containsKey(s)) {
          value = forced.get(s);
        }
        vs.put(s, Dim.of(value));
      }
      List<long[]> shapes = new ArrayList<>();
      for (Shape s : symbolic) {
        shapes.add(concrete(s.substitute(vs)));
      }
      JvmOracle.Input in = new JvmOracle.Input(shapes, dtypes, eval);
      JvmOracle.Trace t = JvmOracle.run(loader, cls, in, classes);
      if (jvm == null || !t.threw()) {
        values = vs;
        input = in;
        jvm = t;
      }
      if (!t.threw()) {
        break;
      }
    }
    String inputText = render(input);
    AnalysisOptions opts = AnalysisOptions.DEFAULT.withClassName(cls).withEval(eval ? true : null);
    if (declared) {
      opts = opts.withInput(Shape.of(input.shapes().get(0)));
    }
    // withInput sets the first input only: the @Dims literals of the other parameters are made
    // concrete in the analyzer's copy of the source (same lines), so every input is the JVM's.
    if (params.size() > 1 && texts.containsKey(file)) {
      String text = texts.get(file);
      for (int i = 1; i < params.size(); i++) {
        if (params.get(i)[0] != null) {
          String shape = Shape.of(input.shapes().get(i)).toString();
          text =
              text.replace(
                  "\"" + params.get(i)[0] + "\"",
                  "\"" + shape.substring(1, shape.length() - 1) + "\"");
        }
      }
      if (!text.equals(texts.get(file))) {
        ws = ws.with(new dev.shapesense.analyzer.SourceFile(file, text));
        texts = new HashMap<>(texts);
        texts.put(file, text);
      }
    }
    Analysis a = model(ws, file, opts);
    ModelResult m = a.model;
    if (m == null) {
      diffs.add(new Difference(id, "not-analysed", "the analyzer gives no model for " + cls));
      return new Outcome(
          id,
          inputText,
          0,
          jvm.layers().size(),
          false,
          false,
          values,
          jvm,
          List.of(),
          List.of(),
          diffs);
    }
    List<String> jl = new ArrayList<>();
    for (List<String> l : jvm.layers()) {
      jl.add(String.join(" ", l));
    }
    List<String> al = new ArrayList<>();
    for (TraceEntry e : m.trace()) {
      al.add(e.path() + " " + e.type() + " " + render(e.output(), values));
    }
    // Layers. The nn library fires a user module's hooks when it is called through call() or
    // callForward(), not when its forward is called as a Java method; the analyzer (like PyTorch,
    // whose module(x) is forward's only spelling) traces both. So an analyzer entry of a user
    // module (a class of the folder) the JVM did not fire is passed over; every other entry must
    // match. After a throw the JVM's hooks stop; the analyzer goes on, so only its prefix counts.
    boolean clean = !jvm.threw();
    int agreeing = 0;
    int total = 0;
    String mismatch = null;
    if (!"construct".equals(jvm.phase())) {
      int i = 0;
      int j = 0;
      while (i < jl.size() || (clean && j < al.size())) {
        if (i < jl.size() && j < al.size() && jl.get(i).equals(al.get(j))) {
          agreeing++;
          total++;
          i++;
          j++;
          continue;
        }
        if (j < al.size()
            && !m.trace().get(j).path().isEmpty()
            && classes.contains(m.trace().get(j).type())) {
          j++;
          continue;
        }
        if (mismatch == null) {
          mismatch =
              "layer "
                  + i
                  + ": jvm "
                  + (i < jl.size() ? jl.get(i) : "(none)")
                  + " | analyzer "
                  + (j < al.size() ? al.get(j) : "(none)");
        }
        total++;
        i++;
        j++;
      }
    }
    if (mismatch != null) {
      diffs.add(new Difference(id, "trace", mismatch));
    }
    boolean paramsAgree = true;
    if (jvm.params() != null) {
      Dim p = m.params() == null ? null : m.params().substitute(values);
      paramsAgree = p != null && p.isConst() && p.value() == jvm.params();
      if (!paramsAgree) {
        diffs.add(new Difference(id, "params", "jvm " + jvm.params() + " | analyzer " + p));
      }
    }
    List<Err> errors = errors(a, texts);
    boolean errorsAgree;
    if (!jvm.threw()) {
      errorsAgree = errors.isEmpty();
      if (!errorsAgree) {
        diffs.add(new Difference(id, "false-error", "jvm runs clean | analyzer " + errors.get(0)));
      }
    } else if (!jvm.shapeError()) {
      errorsAgree = false;
      diffs.add(
          new Difference(
              id,
              "jvm-exception",
              jvm.errorClass()
                  + ": "
                  + jvm.error()
                  + " at "
                  + jvm.errorFile()
                  + ":"
                  + jvm.errorLine()
                  + " | analyzer "
                  + (errors.isEmpty() ? "no error" : errors.get(0))));
    } else {
      JvmOracle.Trace thrown = jvm;
      errorsAgree =
          errors.stream()
              .anyMatch(
                  e ->
                      e.message.equals(thrown.error())
                          && e.file.equals(thrown.errorFile())
                          && thrown.errorLine() != null
                          && e.startLine <= thrown.errorLine()
                          && thrown.errorLine() <= e.endLine);
      if (!errorsAgree) {
        diffs.add(
            new Difference(
                id,
                errors.isEmpty() ? "missed-error" : "wrong-error",
                "jvm "
                    + jvm.error()
                    + " at "
                    + jvm.errorFile()
                    + ":"
                    + jvm.errorLine()
                    + " | analyzer "
                    + (errors.isEmpty() ? "no error" : errors)));
      }
    }
    return new Outcome(
        id, inputText, agreeing, total, paramsAgree, errorsAgree, values, jvm, al, errors, diffs);
  }

  /** An error diagnostic: file name, 1-based first and last line of its range, message. */
  record Err(String file, int startLine, int endLine, String message) {
    @Override
    public String toString() {
      return message
          + " at "
          + file
          + ":"
          + startLine
          + (endLine != startLine ? "-" + endLine : "");
    }
  }

  record Analysis(FileAnalysis file, ModelResult model) {}

  static Analysis model(Workspace ws, String file, AnalysisOptions opts) {
    FileAnalysis fa = Analyzer.analyzeFile(ws, file, opts);
    return new Analysis(fa, fa.models().isEmpty() ? null : fa.models().get(0));
  }

  /** The error diagnostics of the file and of its model, each once. */
  static List<Err> errors(Analysis a, Map<String, String> texts) {
    Set<Diagnostic> all = new LinkedHashSet<>(a.file.diagnostics());
    if (a.model != null) {
      all.addAll(a.model.diagnostics());
    }
    List<Err> out = new ArrayList<>();
    for (Diagnostic d : all) {
      if (d.severity() != Severity.ERROR) {
        continue;
      }
      String text = texts.getOrDefault(d.path(), "");
      out.add(
          new Err(
              Path.of(d.path()).getFileName().toString(),
              line(text, d.range().start()),
              line(text, Math.max(d.range().start(), d.range().end() - 1)),
              d.message()));
    }
    return out;
  }

  static int line(String text, int offset) {
    int line = 1;
    for (int i = 0; i < Math.min(offset, text.length()); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private static long[] concrete(Shape s) {
    long[] out = new long[s.rank()];
    int i = 0;
    for (Dim d : s) {
      out[i++] = d.value();
    }
    return out;
  }

  static String render(JvmOracle.Input in) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < in.shapes().size(); i++) {
      parts.add(
          Shape.of(in.shapes().get(i))
              + (in.dtypes().get(i).equals("FLOAT32") ? "" : " " + in.dtypes().get(i)));
    }
    return String.join(", ", parts);
  }

  /**
   * An analyzer output as the JVM side renders it: an unknown value is "?", a null inside a tuple
   * (an absent part, as PyTorch's None) "None", anything else its class in angle brackets.
   */
  static String render(Object o, Map<String, Dim> values) {
    if (o instanceof Shape s) {
      return s.substitute(values).toString();
    }
    if (o instanceof List<?> l) {
      List<String> parts = new ArrayList<>();
      for (Object x : l) {
        parts.add(x == null ? "None" : render(x, values));
      }
      return "(" + String.join(", ", parts) + ")";
    }
    return o == null ? "?" : "<" + o.getClass().getSimpleName() + ">";
  }
}
