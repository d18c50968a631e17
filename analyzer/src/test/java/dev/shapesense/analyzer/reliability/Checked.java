package dev.shapesense.analyzer.reliability;

import dev.shapesense.analyzer.AnalysisOptions;
import dev.shapesense.analyzer.Analyzer;
import dev.shapesense.analyzer.Diagnostic;
import dev.shapesense.analyzer.FileAnalysis;
import dev.shapesense.analyzer.Fix;
import dev.shapesense.analyzer.InlayHint;
import dev.shapesense.analyzer.ParsedFile;
import dev.shapesense.analyzer.TextEdit;
import dev.shapesense.analyzer.TextRange;
import dev.shapesense.analyzer.Workspace;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs {@link Analyzer#analyzeFile} the way a client does and checks the API contract that holds
 * for any input: no exception escapes, no internal error was swallowed into a diagnostic, every
 * range lies inside its file's text, and one analysis ends by its own deadline (its time budget,
 * {@code opts.timeBudgetMillis()}), give or take {@link #MARGIN_MS} for the work after the deadline
 * (assembling the result). The analysis measures its own deadline, so a loaded machine makes it
 * stop earlier, never overrun. The JVM's own start (class loading before the first analysis) is not
 * timed.
 */
final class Checked {
  static final long MARGIN_MS = 1000;

  /** Analyses checked in this JVM, and the slowest of them (for the nightly run's figures). */
  private static long count;

  private static long slowestMs = -1;
  private static String slowest;
  private static final long START = System.nanoTime();

  private Checked() {}

  static {
    // The first analysis in a JVM loads and links the parser, the interpreter and the nn classes
    // (seconds on a loaded machine, in the parse, which no deadline can interrupt): that is the
    // JVM starting, not the analysis. One untimed analysis first, so the clock measures analyses.
    String warm =
        "import dev.shapesense.tensor.*;\nimport dev.shapesense.nn.*;\nimport dev.shapesense.nn.Module;\n"
            + "class Warm extends Module {\n  private final Sequential s = new Sequential(new Flatten(), new Linear(12, 4), new BatchNorm1d(4));\n"
            + "  public Tensor forward(@Dims(\"N, 3, 2, 2\") Tensor x) {\n    return s.forward(x);\n  }\n}\n";
    Analyzer.analyzeFile(
        Workspace.of(List.of(new dev.shapesense.analyzer.SourceFile("Warm.java", warm))),
        "Warm.java",
        AnalysisOptions.DEFAULT);
  }

  /** The figures, then a fresh maximum for the next fuzz class. */
  static synchronized String figuresOfClass() {
    String f = figures();
    slowestMs = -1;
    slowest = null;
    return f;
  }

  /** One line of figures: analyses so far, the slowest and what it was, minutes since the start. */
  static synchronized String figures() {
    return String.format(
        "fuzz: %d analyses checked in %.1f min; slowest %d ms: %s",
        count, (System.nanoTime() - START) / 6e10, slowestMs, slowest);
  }

  private static synchronized void record(long ms, String what) {
    count++;
    if (ms > slowestMs) {
      slowestMs = ms;
      String w = what.replace('\n', ' ');
      slowest = w.length() > 300 ? w.substring(0, 300) + "..." : w;
    }
    if (count % 10_000 == 0) {
      System.out.println(figures());
    }
  }

  /** The analysis, or an {@link AssertionError} saying which contract {@code what} broke. */
  static FileAnalysis analyze(Workspace ws, String path, AnalysisOptions opts, String what) {
    long start = System.nanoTime();
    FileAnalysis a;
    try {
      a = Analyzer.analyzeFile(ws, path, opts);
    } catch (Throwable t) {
      throw new AssertionError("analyzeFile threw on " + what + ": " + t, t);
    }
    long ms = (System.nanoTime() - start) / 1_000_000;
    record(ms, what);
    List<String> broken = new ArrayList<>();
    if (ms > opts.timeBudgetMillis() + MARGIN_MS) {
      broken.add("took " + ms + " ms (time budget " + opts.timeBudgetMillis() + " ms)");
    }
    for (Diagnostic d : a.diagnostics()) {
      if (d.code().equals("analysis/internal-error")) {
        broken.add("internal error: " + d.message());
      }
      inside(ws, d.path(), d.range(), "diagnostic " + d.code(), broken);
      for (Fix f : d.fixes()) {
        for (TextEdit e : f.edits()) {
          inside(ws, e.path(), e.range(), "fix " + f.title(), broken);
        }
      }
    }
    for (InlayHint h : a.hints()) {
      inside(ws, h.path(), h.range(), "hint " + h.label(), broken);
    }
    if (!broken.isEmpty()) {
      throw new AssertionError(what + ": " + String.join("; ", broken));
    }
    return a;
  }

  private static void inside(
      Workspace ws, String path, TextRange r, String what, List<String> broken) {
    ParsedFile f = ws.file(path);
    if (f == null) {
      broken.add(what + " names a file not in the workspace: " + path);
    } else if (r.end() > f.source().text().length()) {
      broken.add(
          what
              + " ends at "
              + r.end()
              + " past the end of "
              + path
              + " ("
              + f.source().text().length()
              + ")");
    }
  }
}
