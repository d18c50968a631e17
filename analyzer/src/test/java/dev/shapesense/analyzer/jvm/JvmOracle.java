package dev.shapesense.analyzer.jvm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The JVM as the oracle of Java semantics: compiles model sources with javac against the test
 * classpath (the nn library, as a user's build would), loads them in a fresh class loader and runs
 * a model on the META device with a forward hook on every module ({@link
 * dev.shapesense.analyzer.jvm.runner.HookRunner}).
 *
 * <p>The models and the runner see their own copy of the nn library (the same class files, loaded
 * child-first) in which one thing differs: {@code ShapeError} records its stack trace (the library
 * builds it without one, for speed), so the model source line that raised it can be read. The patch
 * flips the constructor's {@code writableStackTrace} argument, nothing else.
 */
final class JvmOracle {
  private JvmOracle() {}

  private static final String RUNNER = "dev.shapesense.analyzer.jvm.runner.HookRunner";

  /** The repository root (holding testdata/). */
  static Path root() {
    String p = System.getProperty("shapesense.root");
    if (p != null && Files.isDirectory(Path.of(p, "testdata"))) {
      return Path.of(p);
    }
    Path d = Path.of("").toAbsolutePath();
    while (d != null && !Files.isDirectory(d.resolve("testdata"))) {
      d = d.getParent();
    }
    return d;
  }

  static List<Path> javaFiles(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();

  /**
   * Compiles {@code files} into {@code out}; returns javac's errors ("File.java:line: message").
   */
  static List<String> compile(List<Path> files, Path out) {
    DiagnosticCollector<JavaFileObject> diags = new DiagnosticCollector<>();
    try (StandardJavaFileManager fm = JAVAC.getStandardFileManager(diags, null, null)) {
      return compile(fm.getJavaFileObjectsFromPaths(files), out, fm, diags);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Compiles in-memory sources (file name to text) into {@code out}. */
  static List<String> compileSources(Map<String, String> sources, Path out) {
    DiagnosticCollector<JavaFileObject> diags = new DiagnosticCollector<>();
    List<JavaFileObject> units = new ArrayList<>();
    for (Map.Entry<String, String> e : sources.entrySet()) {
      units.add(
          new SimpleJavaFileObject(
              URI.create("string:///" + e.getKey()), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
              return e.getValue();
            }
          });
    }
    try (StandardJavaFileManager fm = JAVAC.getStandardFileManager(diags, null, null)) {
      return compile(units, out, fm, diags);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> compile(
      Iterable<? extends JavaFileObject> units,
      Path out,
      StandardJavaFileManager fm,
      DiagnosticCollector<JavaFileObject> diags) {
    List<String> options =
        List.of(
            "-classpath",
            System.getProperty("java.class.path"),
            "-d",
            out.toString(),
            "-proc:none",
            "-g",
            "-nowarn",
            "-Xlint:none",
            "--release",
            "17");
    boolean ok = JAVAC.getTask(null, fm, diags, options, null, units).call();
    List<String> errors = new ArrayList<>();
    for (var d : diags.getDiagnostics()) {
      if (d.getKind() == javax.tools.Diagnostic.Kind.ERROR) {
        String name =
            d.getSource() == null ? "?" : Path.of(d.getSource().getName()).getFileName().toString();
        errors.add(name + ":" + d.getLineNumber() + ": " + d.getMessage(null));
      }
    }
    if (!ok && errors.isEmpty()) {
      errors.add("javac failed");
    }
    return errors;
  }

  /**
   * The simple names of the classes compiled into {@code out}, top-level and nested ("Outer" and
   * "Inner" for Outer$Inner; anonymous and local classes left out).
   */
  static Set<String> compiledClasses(Path out) {
    try (Stream<Path> s = Files.walk(out)) {
      Set<String> names = new TreeSet<>();
      s.filter(p -> p.toString().endsWith(".class"))
          .forEach(
              p -> {
                String rel = out.relativize(p).toString().replace('/', '.').replace('\\', '.');
                String name = rel.substring(0, rel.length() - ".class".length());
                for (String part : name.substring(name.lastIndexOf('.') + 1).split("\\$")) {
                  if (!part.isEmpty() && !Character.isDigit(part.charAt(0))) {
                    names.add(part);
                  }
                }
              });
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A class loader for the classes compiled into {@code out}, over the patched nn library. */
  static URLClassLoader load(Path out) {
    try {
      return new URLClassLoader(new URL[] {out.toUri().toURL()}, nn());
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A forward input: one shape and dtype name (FLOAT32, INT64...) per forward parameter, and
   * whether the model runs in eval mode (else as built: training).
   */
  record Input(List<long[]> shapes, List<String> dtypes, boolean eval) {}

  /**
   * One run: the hooks' lines ([path, type, output]) in the order they fired, the parameter count
   * (null when construction threw), the rendered forward result, and for a throw its message, class
   * (ShapeError or the exception's class name), the model source file and line that raised it, and
   * the phase (construct or forward).
   */
  record Trace(
      List<List<String>> layers,
      Long params,
      String output,
      String error,
      String errorClass,
      String errorFile,
      Integer errorLine,
      String phase) {
    boolean threw() {
      return errorClass != null;
    }

    boolean shapeError() {
      return "ShapeError".equals(errorClass);
    }
  }

  /**
   * How {@code className} is a model: null when it is not (not a public concrete Module with a
   * public no-arg constructor and a public forward of tensors); else per forward parameter its
   * {@code @Dims} value (null when absent) and dtype name.
   */
  @SuppressWarnings("unchecked")
  static List<String[]> describe(ClassLoader models, String className) {
    List<String> raw =
        (List<String>)
            invoke("describe", new Class<?>[] {ClassLoader.class, String.class}, models, className);
    if (raw == null) {
      return null;
    }
    List<String[]> out = new ArrayList<>();
    for (String s : raw) {
      String[] parts = s.split("\u0000", -1);
      out.add(new String[] {parts[0].isEmpty() ? null : parts[0].substring(1), parts[1]});
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  static Trace run(ClassLoader models, String className, Input input, Set<String> modelClasses) {
    Map<String, Object> r =
        (Map<String, Object>)
            invoke(
                "run",
                new Class<?>[] {
                  ClassLoader.class, String.class, List.class, List.class, boolean.class, Set.class
                },
                models,
                className,
                input.shapes(),
                input.dtypes(),
                input.eval(),
                modelClasses);
    return new Trace(
        (List<List<String>>) r.get("trace"),
        (Long) r.get("params"),
        (String) r.get("output"),
        (String) r.get("error"),
        (String) r.get("errorClass"),
        (String) r.get("errorFile"),
        (Integer) r.get("errorLine"),
        (String) r.get("phase"));
  }

  private static Object invoke(String name, Class<?>[] types, Object... args) {
    try {
      Method m = nn().loadClass(RUNNER).getMethod(name, types);
      return m.invoke(null, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ClassLoader nn;

  private static synchronized ClassLoader nn() {
    if (nn == null) {
      nn = new PatchedNn(JvmOracle.class.getClassLoader());
    }
    return nn;
  }

  /**
   * Loads the nn library (and the hook runner) child-first from the same class files as the test
   * classpath, with ShapeError's stack trace made writable.
   */
  private static final class PatchedNn extends ClassLoader {
    static {
      registerAsParallelCapable();
    }

    PatchedNn(ClassLoader parent) {
      super("patched-nn", parent);
    }

    private static boolean childFirst(String name) {
      return name.startsWith("dev.shapesense.tensor.")
          || name.startsWith("dev.shapesense.nn.")
          || name.startsWith("dev.shapesense.analyzer.jvm.runner.");
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!childFirst(name)) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> c = findLoadedClass(name);
        if (c == null) {
          byte[] b;
          try (InputStream in =
              getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
            if (in == null) {
              throw new ClassNotFoundException(name);
            }
            b = in.readAllBytes();
          } catch (IOException e) {
            throw new ClassNotFoundException(name, e);
          }
          if (name.equals("dev.shapesense.tensor.ShapeError")) {
            b = writableStackTrace(b);
          }
          c = defineClass(name, b, 0, b.length);
        }
        if (resolve) {
          resolveClass(c);
        }
        return c;
      }
    }

    /**
     * ShapeError's constructor calls {@code super(message, null, false, false)}: {@code aload_0
     * aload_2 aconst_null iconst_0 iconst_0 invokespecial}. The last {@code iconst_0} (the
     * writableStackTrace argument) becomes {@code iconst_1}; the code keeps its length.
     */
    private static byte[] writableStackTrace(byte[] b) {
      byte[] pattern = HexFormat.of().parseHex("2a2c010303b7");
      int found = -1;
      for (int i = 0; i + pattern.length <= b.length; i++) {
        boolean match = true;
        for (int j = 0; j < pattern.length && match; j++) {
          match = b[i + j] == pattern[j];
        }
        if (match) {
          if (found >= 0) {
            throw new IllegalStateException(
                "ShapeError's constructor matches twice: update the patch");
          }
          found = i;
        }
      }
      if (found < 0) {
        throw new IllegalStateException("ShapeError's constructor changed: update the patch");
      }
      byte[] out = b.clone();
      out[found + 4] = 0x04;
      return out;
    }
  }
}
