package dev.shapesense.lsp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Not a test: measures the real server process. Cold start (process start to the first diagnostics
 * of an open file), and edit -> fresh hints latency (a didChange that changes a layer's size, then
 * inlayHint until it answers with the new shape) for the seed Net and for a 5,000-line generated
 * model. Run after {@code mvn -B -ntp -q package -DskipTests}:
 *
 * <pre>
 * java -cp server/target/test-classes:server/target/shapesense.jar dev.shapesense.lsp.LspBenchmark
 * </pre>
 *
 * <p>{@code cold N} as arguments runs only N cold starts; {@code budget} only the seed Net's edit
 * latency without (after 200 warm-up edits), then with, a file open whose analysis runs out of
 * budget (testdata/regressions/self-building), 50 edits each, and their ratio. {@code
 * -Dshapesense.jar=PATH} measures another jar, {@code -Dshapesense.jvmArgs="-XX:..."} starts the
 * server with these JVM options instead of those of its {@code jvm.options}, which every launcher
 * gives it. {@code -Dshapesense.netWarmup=}, {@code -Dshapesense.bigWarmup=} and {@code
 * -Dshapesense.bigEdits=} set the edits made before measuring (1 and 0: a JIT still compiling) and
 * the 5,000-line model's measured edits (40); {@code -Dshapesense.printEdits=true} also prints each
 * measured edit's latency in microseconds, in order (where a JIT still compiling shows).
 */
public final class LspBenchmark {
  private LspBenchmark() {}

  /**
   * Arguments: none (everything), {@code cold N} (only N cold starts), {@code edits}, {@code
   * budget}.
   */
  public static void main(String[] args) throws Exception {
    if (System.getProperty("shapesense.jvmArgs") == null) {
      // The server as its launchers start it: with the options of jvm.options.
      System.setProperty("shapesense.jvmArgs", String.join(" ", StartupArchive.jvmOptions()));
    }
    if (args.length == 1 && args[0].equals("budget")) {
      budget();
      return;
    }
    int starts =
        args.length == 1 && args[0].equals("edits")
            ? 0
            : args.length == 2 && args[0].equals("cold") ? Integer.parseInt(args[1]) : 10;
    List<Long> cold = new ArrayList<>();
    for (int i = 0; i < starts; i++) {
      cold.add(ColdStartBenchmark.coldStart(() -> LspProcess.start("--stdio")));
    }
    if (starts > 0) {
      System.out.printf(
          "cold start (process start -> first diagnostics): median %d ms of %s ms%n",
          ColdStartBenchmark.median(cold), cold);
    }
    if (args.length == 2) {
      return;
    }
    try (LspProcess lsp = LspProcess.started(List.of(), null)) {
      String net = Fixtures.model("Net");
      report(
          "seed Net",
          latencies(
              lsp,
              Fixtures.uri("Net"),
              net,
              "new Linear(84, 10)",
              300,
              Integer.getInteger("shapesense.netWarmup", 1),
              10));
      String big = GeneratedModel.source("Gen", 2500);
      report(
          "5,000-line model (" + big.lines().count() + " lines)",
          latencies(
              lsp,
              Fixtures.uri("Gen"),
              big,
              GeneratedModel.lastLayer(2500),
              Integer.getInteger("shapesense.bigEdits", 40),
              Integer.getInteger("shapesense.bigWarmup", 0),
              GeneratedModel.lastOut(2500)));
      lsp.shutdownAndExit();
    }
  }

  /** Seed-Net edit -> fresh hints, 50 edits without and 50 with the damaged file open. */
  private static void budget() throws Exception {
    try (LspProcess lsp = LspProcess.started(List.of(), null)) {
      String net = Fixtures.model("Net");
      List<Long> without =
          latencies(lsp, Fixtures.uri("Net"), net, "new Linear(84, 10)", 50, 200, 10);
      report("seed Net, alone", without);
      String bad = Fixtures.uri("AlexNet");
      lsp.open(bad, 1, BudgetIT.damaged());
      lsp.awaitDiagnostics(bad, d -> d.getVersion() == 1);
      List<Long> with = latencies(lsp, Fixtures.uri("Net"), net, "new Linear(84, 10)", 50, 0, 10);
      report("seed Net, with the out-of-budget file open", with);
      System.out.printf(
          "ratio of medians (with / without): %.2f%n",
          ColdStartBenchmark.median(with) / (double) ColdStartBenchmark.median(without));
      lsp.shutdownAndExit();
    }
  }

  /**
   * Edits the out_features of the layer declared by {@code marker} back and forth ({@code base} and
   * {@code base + 1}) and times each edit until the hints show the new size.
   */
  private static List<Long> latencies(
      LspProcess lsp, String uri, String text, String marker, int rounds, int warmup, int base)
      throws Exception {
    lsp.open(uri, 1, text);
    lsp.hints(uri);
    DocumentText doc = new DocumentText(text);
    if (text.indexOf(marker) < 0) {
      throw new IllegalArgumentException("no " + marker);
    }
    int at = text.indexOf(marker) + marker.length() - 1 - String.valueOf(base).length();
    Position start = doc.position(at);
    // The hint to wait for: the last one of the file (the model's output, which the edited size
    // is).
    int hintLine = doc.position(text.lastIndexOf("forward(x)")).getLine();
    // What VS Code asks for (InlayHintsController): the visible lines plus a screen above and
    // below, here 3 x 50 lines around the output's line; or, with -Dshapesense.hintRange=file, the
    // whole file (the worst case: no editor asks for more than it can show).
    boolean whole = "file".equals(System.getProperty("shapesense.hintRange"));
    int from = whole ? 0 : Math.max(0, hintLine - 100);
    int to = whole ? 100_000 : hintLine + 50;
    List<Long> out = new ArrayList<>();
    int current = base;
    for (int i = 0; i < rounds + warmup; i++) {
      int next = current == base ? base + 1 : base;
      Range r =
          new Range(
              start,
              new Position(
                  start.getLine(), start.getCharacter() + String.valueOf(current).length()));
      long t0 = System.nanoTime();
      lsp.change(uri, i + 2, r, String.valueOf(next));
      String want = ", " + next + "]";
      List<InlayHint> hints = lsp.hints(uri, from, to);
      while (!outputIs(hints, hintLine, want)) {
        hints = lsp.hints(uri, from, to);
      }
      long us = (System.nanoTime() - t0) / 1000;
      if (i >= warmup) {
        out.add(us);
      }
      current = next;
    }
    return out;
  }

  /** Whether the hint on {@code line} (the model's output) ends with {@code want}. */
  private static boolean outputIs(List<InlayHint> hints, int line, String want) {
    for (InlayHint h : hints) {
      if (h.getPosition().getLine() == line) {
        return h.getLabel().getRight().get(0).getValue().endsWith(want);
      }
    }
    return false;
  }

  private static void report(String what, List<Long> us) {
    if (Boolean.getBoolean("shapesense.printEdits")) {
      System.out.println(what + ": " + us);
    }
    List<Long> s = new ArrayList<>(us);
    Collections.sort(s);
    long p50 = s.get(s.size() / 2);
    long p99 = s.get(Math.min(s.size() - 1, (int) Math.ceil(s.size() * 0.99) - 1));
    System.out.printf(
        "%s: edit -> fresh hints p50 %.1f ms, p99 %.1f ms over %d edits%n",
        what, p50 / 1000.0, p99 / 1000.0, s.size());
  }
}
