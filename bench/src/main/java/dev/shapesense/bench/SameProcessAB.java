package dev.shapesense.bench;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Two builds of the analyzer in one JVM, each in a class loader of its own, analysing the same
 * model in alternating blocks: a before/after comparison that one machine's changing speed cannot
 * skew (both builds see the same hour, the same heap, the same collector). Not a JMH benchmark;
 * BENCHMARKS.md quotes its ratios.
 *
 * <pre>java [JVM options] -cp bench/target/classes dev.shapesense.bench.SameProcessAB \
 *     MODEL BLOCK ROUNDS BASE_CLASSPATH NEW_CLASSPATH</pre>
 *
 * MODEL is {@code layers:N} (the generated chain of N layers) or a model file's path; each round
 * runs BLOCK analyses of the base build, then BLOCK of the new one; the first round is warm-up.
 * Prints the median and 90th percentile of each build and new/base.
 */
public final class SameProcessAB {
  private SameProcessAB() {}

  /** One build's {@code Analyzer.analyzeFile(Workspace.of(List.of(source)), path, DEFAULT)}. */
  /** A class loader of its own for one build's class path (entries separated by ':'). */
  static ClassLoader loader(String classpath) throws java.io.IOException {
    List<URL> urls = new ArrayList<>();
    for (String p : classpath.split(":")) {
      if (!p.isEmpty()) {
        urls.add(Path.of(p).toUri().toURL());
      }
    }
    return new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
  }

  private static final class Build {
    private final Method analyze;
    private final Method of;
    private final Object opts;
    private final Object source;

    Build(String classpath, String text) throws ReflectiveOperationException, java.io.IOException {
      ClassLoader l = loader(classpath);
      Class<?> sf = l.loadClass("dev.shapesense.analyzer.SourceFile");
      source = sf.getConstructor(String.class, String.class).newInstance("Model.java", text);
      Class<?> ws = l.loadClass("dev.shapesense.analyzer.Workspace");
      of = ws.getMethod("of", Collection.class);
      Class<?> ao = l.loadClass("dev.shapesense.analyzer.AnalysisOptions");
      opts = ao.getField("DEFAULT").get(null);
      analyze =
          l.loadClass("dev.shapesense.analyzer.Analyzer")
              .getMethod("analyzeFile", ws, String.class, ao);
    }

    long once() throws ReflectiveOperationException {
      long t0 = System.nanoTime();
      analyze.invoke(null, of.invoke(null, List.of(source)), "Model.java", opts);
      return System.nanoTime() - t0;
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 5) {
      System.err.println("usage: SameProcessAB MODEL BLOCK ROUNDS BASE_CLASSPATH NEW_CLASSPATH");
      System.exit(2);
    }
    String text =
        args[0].startsWith("layers:")
            ? ModelGenerator.chain("Layers", Integer.parseInt(args[0].substring(7)))
            : Files.readString(Path.of(args[0]));
    int block = Integer.parseInt(args[1]);
    int rounds = Integer.parseInt(args[2]);
    Build base = new Build(args[3], text);
    Build neu = new Build(args[4], text);
    List<Long> tb = new ArrayList<>();
    List<Long> tn = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      for (int i = 0; i < block; i++) {
        long t = base.once();
        if (r > 0) {
          tb.add(t);
        }
      }
      for (int i = 0; i < block; i++) {
        long t = neu.once();
        if (r > 0) {
          tn.add(t);
        }
      }
    }
    Collections.sort(tb);
    Collections.sort(tn);
    double mb = tb.get(tb.size() / 2) / 1e6;
    double mn = tn.get(tn.size() / 2) / 1e6;
    System.out.printf(
        "%s: base median %.3f ms (p90 %.3f), new median %.3f ms (p90 %.3f), new/base %.2f%n",
        args[0],
        mb,
        tb.get(tb.size() * 9 / 10) / 1e6,
        mn,
        tn.get(tn.size() * 9 / 10) / 1e6,
        mn / mb);
  }
}
