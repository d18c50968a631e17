package dev.shapesense.testdata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles a testdata folder against the nn library, as a user's build would. */
final class TestdataCompiles {
  private TestdataCompiles() {}

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

  /** Compiles every .java file of {@code folder} into {@code out}; returns javac's errors. */
  static List<String> compile(Path folder, Path out) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diags = new DiagnosticCollector<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(folder)) {
      files = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    try (StandardJavaFileManager fm = javac.getStandardFileManager(diags, null, null)) {
      List<String> options =
          List.of(
              "-classpath",
              System.getProperty("java.class.path"),
              "-d",
              out.toString(),
              "-proc:none");
      boolean ok =
          javac
              .getTask(null, fm, diags, options, null, fm.getJavaFileObjectsFromPaths(files))
              .call();
      List<String> errors = new ArrayList<>();
      for (var d : diags.getDiagnostics()) {
        if (d.getKind() == javax.tools.Diagnostic.Kind.ERROR) {
          errors.add(d.getSource().getName() + ":" + d.getLineNumber() + ": " + d.getMessage(null));
        }
      }
      if (!ok && errors.isEmpty()) {
        errors.add("javac failed");
      }
      return errors;
    }
  }
}
