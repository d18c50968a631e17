package dev.shapesense.bench;

import dev.shapesense.analyzer.AnalysisOptions;
import dev.shapesense.analyzer.Analyzer;
import dev.shapesense.analyzer.FileAnalysis;
import dev.shapesense.analyzer.SourceFile;
import dev.shapesense.analyzer.Workspace;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Not a benchmark of JMH: an editor's re-analysis after a one-line edit, in a plain loop. The
 * generated model is opened (parsed and analysed once), then one line of it is changed back and
 * forth ({@code Dropout(0.1)} / {@code (0.2)} of the middle layer, or the out size of a {@code
 * Linear}), each version a new {@code Workspace} snapshot from the one before, as the language
 * server builds them; prints the median and p90 of the re-analyses (parse, checks, interpretation,
 * hints and diagnostics) after {@code warmup} edits. Only public API, so the same class measures
 * another build's jar:
 *
 * <pre>
 * java -cp bench/target/classes:$CP dev.shapesense.bench.EditLoop layers:10000 200 100 [OTHERS]
 * </pre>
 *
 * <p>{@code OTHERS} (default 0): analyses of the models of {@code testdata/models} (in turn, each a
 * fresh workspace) before the generated model is opened, as a language server has made of the other
 * files a user opened. The JIT's code is then compiled for what those models run too, not for the
 * generated model alone: after 1,500 of them, the 2,500-layer chain's re-analysis took 1.5 to 2.2
 * times as long (BENCHMARKS.md). Run from the repository's root (or set {@code -Dshapesense.root}).
 */
public final class EditLoop {
  private EditLoop() {}

  /**
   * The one-line edit of a generated model: the first layer from the middle on changes a setting
   * that keeps every shape (a Dropout's p in a chain of {@link ModelGenerator#chain}, a
   * convolution's bias in the blocks of {@link ModelGenerator#lines}), or the text when it has
   * neither.
   */
  static String edited(String text) {
    String[][] edits = {
      {"new Dropout(0.1);", "new Dropout(0.2);"}, {".bias(false);", ".bias(true);"}
    };
    for (String[] e : edits) {
      int at = text.indexOf(e[0], text.length() / 2);
      if (at < 0) {
        at = text.indexOf(e[0]);
      }
      if (at >= 0) {
        return text.substring(0, at) + e[1] + text.substring(at + e[0].length());
      }
    }
    return text;
  }

  /**
   * The text of a generated model: {@code layers:N} the chain of N layers ({@link
   * ModelGenerator#chain}), {@code lines:N} the blocks model of N lines ({@link
   * ModelGenerator#lines}), {@code locals:N} the long method of N statements ({@link
   * ModelGenerator#locals}); null for another name.
   */
  static String generated(String model) {
    if (model.startsWith("layers:")) {
      return ModelGenerator.chain("Layers", Integer.parseInt(model.substring(7)));
    }
    if (model.startsWith("lines:")) {
      return ModelGenerator.lines("Lines", Integer.parseInt(model.substring(6)));
    }
    if (model.startsWith("locals:")) {
      return ModelGenerator.locals("Locals", Integer.parseInt(model.substring(7)));
    }
    return null;
  }

  /** {@code n} analyses of the models of {@code testdata/models}, in turn. */
  static void analyseOthers(int n) throws IOException {
    if (n == 0) {
      return;
    }
    List<SourceFile> models = TestdataModels.read();
    for (int i = 0; i < n; i++) {
      SourceFile f = models.get(i % models.size());
      Analyzer.analyzeFile(Workspace.of(List.of(f)), f.path(), AnalysisOptions.DEFAULT);
    }
  }

  public static void main(String[] args) throws IOException {
    String model = args.length > 0 ? args[0] : "layers:10000";
    int edits = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 50;
    int others = args.length > 3 ? Integer.parseInt(args[3]) : 0;
    analyseOthers(others);
    String a = generated(model);
    String b = edited(a);
    if (b.equals(a)) {
      throw new IllegalArgumentException(model + ": no layer to edit");
    }
    String path = "Model.java";
    AnalysisOptions opts = AnalysisOptions.DEFAULT.withTimeBudgetMillis(600_000);
    Workspace ws = Workspace.of(List.of(new SourceFile(path, a)));
    FileAnalysis first = Analyzer.analyzeFile(ws, path, opts);
    List<Long> us = new ArrayList<>();
    for (int i = 0; i < edits + warmup; i++) {
      String next = i % 2 == 0 ? b : a;
      long t0 = System.nanoTime();
      ws = ws.with(new SourceFile(path, next));
      FileAnalysis fa = Analyzer.analyzeFile(ws, path, opts);
      long t = (System.nanoTime() - t0) / 1000;
      if (fa.hints().size() != first.hints().size()) {
        throw new AssertionError("hints " + fa.hints().size() + " != " + first.hints().size());
      }
      if (i >= warmup) {
        us.add(t);
      }
    }
    Collections.sort(us);
    System.out.printf(
        "%s: one-line edit -> re-analysis median %.1f ms, p90 %.1f ms, min %.1f ms (%d edits after %d; %d hints)%n",
        model,
        us.get(us.size() / 2) / 1000.0,
        us.get(us.size() * 9 / 10) / 1000.0,
        us.get(0) / 1000.0,
        edits,
        warmup,
        first.hints().size());
  }
}
