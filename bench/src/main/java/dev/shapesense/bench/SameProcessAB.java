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
 * MODEL is {@code layers:N} (the generated chain of N layers), {@code lines:N} (the generated
 * blocks model of N lines), {@code locals:N} (a forward of N statements on one local) or a model
 * file's path, each analysed fresh; or {@code edits:MODEL}, analysed after each of one-line edits
 * back and forth (as {@link EditLoop} makes them: the editor's case, where the file's tree is
 * re-parsed member by member); each round runs BLOCK analyses of the base build, then BLOCK of the
 * new one; the first round is warm-up. Prints the median and 90th percentile of each build and
 * new/base.
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
    private final Method with;
    private final Object opts;
    private final Object source;

    /** With an edited text: each analysis follows an edit (the editor's case), else none. */
    private final Object edited;

    private Object workspace;
    private int edits;

    Build(String classpath, String text, String editedText)
        throws ReflectiveOperationException, java.io.IOException {
      ClassLoader l = loader(classpath);
      Class<?> sf = l.loadClass("dev.shapesense.analyzer.SourceFile");
      source = sf.getConstructor(String.class, String.class).newInstance("Model.java", text);
      edited =
          editedText == null
              ? null
              : sf.getConstructor(String.class, String.class).newInstance("Model.java", editedText);
      Class<?> ws = l.loadClass("dev.shapesense.analyzer.Workspace");
      of = ws.getMethod("of", Collection.class);
      with = ws.getMethod("with", sf);
      Class<?> ao = l.loadClass("dev.shapesense.analyzer.AnalysisOptions");
      opts = ao.getField("DEFAULT").get(null);
      analyze =
          l.loadClass("dev.shapesense.analyzer.Analyzer")
              .getMethod("analyzeFile", ws, String.class, ao);
      workspace = of.invoke(null, List.of(source));
    }

    long once() throws ReflectiveOperationException {
      long t0 = System.nanoTime();
      if (edited == null) {
        analyze.invoke(null, of.invoke(null, List.of(source)), "Model.java", opts);
      } else {
        // One edit, back and forth: the file's next version, then its analysis.
        workspace = with.invoke(workspace, edits++ % 2 == 0 ? edited : source);
        analyze.invoke(null, workspace, "Model.java", opts);
      }
      return System.nanoTime() - t0;
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 5) {
      System.err.println("usage: SameProcessAB MODEL BLOCK ROUNDS BASE_CLASSPATH NEW_CLASSPATH");
      System.exit(2);
    }
    boolean editing = args[0].startsWith("edits:");
    String model = editing ? args[0].substring(6) : args[0];
    String text = EditLoop.generated(model);
    if (text == null) {
      text = Files.readString(Path.of(model));
    }
    String edited = editing ? EditLoop.edited(text) : null;
    if (text.equals(edited)) {
      System.err.println("edits: " + model + " has no layer EditLoop knows how to edit");
      System.exit(2);
    }
    int block = Integer.parseInt(args[1]);
    int rounds = Integer.parseInt(args[2]);
    Build base = new Build(args[3], text, edited);
    Build neu = new Build(args[4], text, edited);
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
