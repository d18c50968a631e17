package dev.shapesense.analyzer;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every model in {@code testdata/models}: the hints, diagnostics and fixes the analyzer gives equal
 * the expectations written under the code, with nothing unexpected.
 */
class FixtureTest {

  @TestFactory
  Stream<DynamicTest> modelsMatchTheirExpectations() {
    Path dir = Fixtures.root().resolve("testdata/models");
    Workspace ws = Fixtures.workspace(dir);
    return Fixtures.javaFiles(dir).stream()
        .map(
            p ->
                DynamicTest.dynamicTest(
                    p.getFileName().toString(),
                    () -> {
                      String text = Fixtures.read(p);
                      FileAnalysis a =
                          Analyzer.analyzeFile(ws, p.toString(), AnalysisOptions.DEFAULT);
                      String diff = diff(Fixtures.expectations(text), Fixtures.actual(a, text));
                      if (!diff.isEmpty()) {
                        fail(p.getFileName() + " differs (line:column, 0-based):\n" + diff);
                      }
                    }));
  }

  static String diff(Fixtures.Expected want, Fixtures.Expected got) {
    StringBuilder sb = new StringBuilder();
    section(sb, "hint", want.hints(), got.hints());
    section(sb, "diagnostic", want.diagnostics(), got.diagnostics());
    section(sb, "fix", want.fixes(), got.fixes());
    return sb.toString();
  }

  private static void section(
      StringBuilder sb, String what, TreeSet<String> want, TreeSet<String> got) {
    List<String> missing = new ArrayList<>(want);
    missing.removeAll(got);
    List<String> extra = new ArrayList<>(got);
    extra.removeAll(want);
    for (String m : missing) {
      sb.append("  missing ").append(what).append(": ").append(m).append('\n');
    }
    for (String e : extra) {
      sb.append("  unexpected ").append(what).append(": ").append(e).append('\n');
    }
  }
}
