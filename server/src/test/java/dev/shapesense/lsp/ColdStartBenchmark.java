package dev.shapesense.lsp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;

/**
 * Not a test: cold start (process start to the first diagnostics of the open seed Net) of two
 * builds, through every way users start the server, interleaved round by round so that both builds
 * meet the same load. Each way is the command its launcher runs:
 *
 * <ul>
 *   <li>{@code launcher}: {@code ./shapesense server --stdio} of the build's tree;
 *   <li>{@code vscode}: the VS Code extension's command line (its options, its archive);
 *   <li>{@code template}: the IntelliJ template's command line;
 *   <li>{@code plugin}: the IntelliJ plugin's ({@code java -jar} as LSP4IJ builds it, plus what the
 *       plugin adds);
 * </ul>
 *
 * each measured once its archive exists (every start but the first), and {@code first}: the
 * template's very first start, before any archive. The commands of each build are in a file, one
 * way per line: {@code name<TAB>arg<TAB>arg...}; {@code $PID} stands for this process's id.
 *
 * <pre>
 * java -cp server/target/test-classes:server/target/shapesense.jar dev.shapesense.lsp.ColdStartBenchmark ROUNDS base.tsv new.tsv
 * </pre>
 *
 * An argument {@code rm=PATH} is not passed on: the file is deleted before each start (a first
 * start, before the server wrote its archive).
 */
public final class ColdStartBenchmark {
  private ColdStartBenchmark() {}

  record Way(String build, String name, List<String> command, List<Path> remove) {}

  public static void main(String[] args) throws Exception {
    int rounds = Integer.parseInt(args[0]);
    List<Way> ways = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      ways.addAll(read(Path.of(args[i])));
    }
    Map<Way, List<Long>> times = new LinkedHashMap<>();
    ways.forEach(w -> times.put(w, new ArrayList<>()));
    List<Double> loads = new ArrayList<>();
    // One start of each way first: this JVM's client side warms up, archives get written.
    for (Way w : ways) {
      System.out.printf("warm-up %s %s: %d ms%n", w.build(), w.name(), start(w));
    }
    Thread.sleep(1000);
    for (int r = 0; r < rounds; r++) {
      loads.add(load());
      List<Way> order = new ArrayList<>(ways);
      Collections.rotate(order, r);
      for (Way w : order) {
        times.get(w).add(start(w));
      }
      System.out.printf("round %d, load %.2f%n", r + 1, loads.get(loads.size() - 1));
    }
    loads.add(load());
    System.out.printf(
        "load average (1 min) over the rounds: median %.2f, %.2f to %.2f%n",
        median(loads), Collections.min(loads), Collections.max(loads));
    Map<String, Long> baseByName = new LinkedHashMap<>();
    for (Way w : ways) {
      long m = median(times.get(w));
      if (w.build().equals(ways.get(0).build())) {
        baseByName.put(w.name(), m);
      }
      Long base = baseByName.get(w.name());
      System.out.printf(
          "%-6s %-10s median %4d ms%s of %s%n",
          w.build(),
          w.name(),
          m,
          base == null || w.build().equals(ways.get(0).build())
              ? ""
              : String.format(" (%.2fx the %s build)", m / (double) base, ways.get(0).build()),
          times.get(w));
    }
  }

  private static List<Way> read(Path file) throws IOException {
    String build = file.getFileName().toString().replaceFirst("\\.tsv$", "");
    List<Way> out = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\t");
      List<String> cmd = new ArrayList<>();
      List<Path> remove = new ArrayList<>();
      for (int i = 1; i < parts.length; i++) {
        String a = parts[i].replace("$PID", String.valueOf(ProcessHandle.current().pid()));
        if (a.startsWith("rm=")) {
          remove.add(Path.of(a.substring(3)));
        } else {
          cmd.add(a);
        }
      }
      out.add(new Way(build, parts[0], cmd, remove));
    }
    return out;
  }

  private static long start(Way w) throws Exception {
    for (Path p : w.remove()) {
      Files.deleteIfExists(p);
    }
    return coldStart(() -> LspProcess.startCommand(w.command()));
  }

  /** How a way of starting starts the server process. */
  interface Starter {
    LspProcess start() throws IOException;
  }

  /**
   * A cold start in milliseconds: from before the process starts to the first diagnostics of the
   * open seed Net, initialised as an editor does (its process id, full capabilities).
   */
  static long coldStart(Starter starter) throws Exception {
    long t0 = System.nanoTime();
    try (LspProcess lsp = starter.start()) {
      InitializeParams p = new InitializeParams();
      p.setProcessId((int) ProcessHandle.current().pid());
      p.setCapabilities(LspProcess.fullCapabilities());
      lsp.server.initialize(p);
      lsp.server.initialized(new InitializedParams());
      String uri = Fixtures.uri("Net");
      lsp.open(uri, 1, Fixtures.model("Net"));
      lsp.awaitDiagnostics(uri, d -> true);
      long ms = (System.nanoTime() - t0) / 1_000_000;
      lsp.shutdownAndExit();
      return ms;
    }
  }

  private static double load() throws IOException {
    return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
  }

  /** The middle element (the upper one of an even count). */
  static <T extends Comparable<T>> T median(List<T> l) {
    List<T> s = new ArrayList<>(l);
    Collections.sort(s);
    return s.get(s.size() / 2);
  }
}
