package dev.shapesense.analyzer.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every model file of testdata/ is Java that a user's build accepts: each folder holding .java
 * files compiles with javac against the nn classes (as {@link JvmOracle} compiles them), except the
 * files testdata/jvm/not-java.tsv lists with their reason, each of which must fail to compile with
 * the rest of its folder. The list is checked both ways: a listed file that compiles, or that does
 * not exist, fails the test. JvmDifferentialTest runs the folders it compares; this covers every
 * folder, including those whose models are analysed but not run (deep/, regressions/).
 */
class TestdataJavacTest {
  @TempDir Path tmp;

  /** Every folder under testdata/ holding .java files. */
  static List<Path> javaFolders(Path testdata) throws IOException {
    try (Stream<Path> s = Files.walk(testdata)) {
      return s.filter(Files::isDirectory)
          .filter(d -> !JvmOracle.javaFiles(d).isEmpty())
          .sorted()
          .toList();
    }
  }

  @Test
  void everyTestdataModelCompilesOrIsListed() throws Exception {
    Path testdata = JvmOracle.root().resolve("testdata");
    Map<String, String> notJava = JvmDifferentialTest.tsv(testdata.resolve("jvm/not-java.tsv"), 2);
    List<String> problems = new ArrayList<>();
    TreeSet<String> seen = new TreeSet<>();
    int folders = 0;
    int files = 0;
    for (Path folder : javaFolders(testdata)) {
      String id = testdata.relativize(folder).toString().replace('\\', '/');
      List<Path> valid = new ArrayList<>();
      List<Path> invalid = new ArrayList<>();
      for (Path p : JvmOracle.javaFiles(folder)) {
        (notJava.containsKey(id + "/" + p.getFileName()) ? invalid : valid).add(p);
      }
      folders++;
      files += valid.size() + invalid.size();
      List<String> errors =
          valid.isEmpty()
              ? List.of()
              : compile(valid, Files.createDirectories(tmp.resolve("f" + folders)));
      if (!errors.isEmpty()) {
        problems.add(
            id
                + ": javac rejects it (list a file that is broken on purpose in not-java.tsv): "
                + errors.get(0));
        continue;
      }
      for (Path bad : invalid) {
        String key = id + "/" + bad.getFileName();
        seen.add(key);
        List<Path> with = new ArrayList<>(valid);
        with.add(bad);
        List<String> e =
            compile(
                with,
                Files.createDirectories(tmp.resolve("f" + folders + "-" + bad.getFileName())));
        if (e.stream().noneMatch(x -> x.startsWith(bad.getFileName() + ":"))) {
          problems.add(
              key + ": listed in not-java.tsv, but javac accepts it: remove it from the list");
        }
      }
    }
    for (String key : notJava.keySet()) {
      if (!seen.contains(key)) {
        problems.add(key + ": listed in not-java.tsv, but there is no such file");
      }
    }
    assertEquals(List.of(), problems, folders + " folders, " + files + " files");
  }

  /**
   * javac on its own thread with a deep stack: deep/ nests a thousand calls in one expression,
   * which javac's recursive descent needs more than the default stack for ({@code javac
   * -J-Xss64m}).
   */
  private static List<String> compile(List<Path> files, Path out) throws InterruptedException {
    List<List<String>> result = new ArrayList<>();
    Throwable[] failure = new Throwable[1];
    Thread t =
        new Thread(null, () -> result.add(JvmOracle.compile(files, out)), "javac", 512L << 20);
    t.setUncaughtExceptionHandler((th, e) -> failure[0] = e);
    t.start();
    t.join();
    if (failure[0] != null) {
      throw new AssertionError("javac failed on " + files, failure[0]);
    }
    return result.get(0);
  }
}
