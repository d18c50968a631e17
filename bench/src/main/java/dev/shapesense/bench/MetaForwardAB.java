package dev.shapesense.bench;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Two builds of {@code nn} in one JVM, each in a class loader of its own, running the META
 * benchmark's forward ({@link MetaForwardBenchmark}: {@code net.call(x)}) in alternating blocks: a
 * before/after comparison of item 1 that a shared machine's changing load cannot skew, as {@link
 * SameProcessAB} is for the analyzer. Not a JMH benchmark; BENCHMARKS.md quotes its ratios.
 *
 * <pre>java [JVM options] -cp bench/target/classes dev.shapesense.bench.MetaForwardAB \
 *     MODEL CALLS ROUNDS BASE_CLASSPATH NEW_CLASSPATH</pre>
 *
 * MODEL is one of {@link MetaModels}' names; each classpath holds that build's {@code
 * bench/target/classes} (MetaModels and the testdata models) and its runtime dependencies. Each
 * round times CALLS forwards of each build as one block (the time per call is the block's mean),
 * base first in even rounds and new first in odd ones; the first quarter of the rounds is warm-up.
 * Prints the median and 10th percentile of the blocks of each build and new/base.
 */
public final class MetaForwardAB {
  private MetaForwardAB() {}

  /** One build's model and input, and its {@code Module.call(Object...)}. */
  private static final class Build {
    private final Method call;
    private final Object net;
    private final Object[] args;

    Build(String classpath, String model) throws ReflectiveOperationException, java.io.IOException {
      ClassLoader l = SameProcessAB.loader(classpath);
      Thread.currentThread().setContextClassLoader(l);
      Class<?> models = Class.forName("dev.shapesense.bench.MetaModels", true, l);
      net = models.getMethod("create", String.class).invoke(null, model);
      Object input = models.getMethod("input", String.class).invoke(null, model);
      call = l.loadClass("dev.shapesense.nn.Module").getMethod("call", Object[].class);
      args = new Object[] {new Object[] {input}};
    }

    /** Nanoseconds per call over {@code calls} calls. */
    double block(int calls) throws ReflectiveOperationException {
      long t0 = System.nanoTime();
      for (int i = 0; i < calls; i++) {
        call.invoke(net, args);
      }
      return (System.nanoTime() - t0) / (double) calls;
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 5) {
      System.err.println("usage: MetaForwardAB MODEL CALLS ROUNDS BASE_CLASSPATH NEW_CLASSPATH");
      System.exit(2);
    }
    String model = args[0];
    int calls = Integer.parseInt(args[1]);
    int rounds = Integer.parseInt(args[2]);
    Build base = new Build(args[3], model);
    Build neu = new Build(args[4], model);
    List<Double> tb = new ArrayList<>();
    List<Double> tn = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      // ABBA: the build that runs second in a round pays for what the first left (caches, JIT
      // queue), so the order alternates.
      double b;
      double n;
      if (r % 2 == 0) {
        b = base.block(calls);
        n = neu.block(calls);
      } else {
        n = neu.block(calls);
        b = base.block(calls);
      }
      if (r >= rounds / 4) {
        tb.add(b);
        tn.add(n);
      }
    }
    Collections.sort(tb);
    Collections.sort(tn);
    double mb = tb.get(tb.size() / 2) / 1e3;
    double mn = tn.get(tn.size() / 2) / 1e3;
    System.out.printf(
        "%s: base median %.2f us (p10 %.2f), new median %.2f us (p10 %.2f), new/base %.3f%n",
        model, mb, tb.get(tb.size() / 10) / 1e3, mn, tn.get(tn.size() / 10) / 1e3, mn / mb);
  }
}
