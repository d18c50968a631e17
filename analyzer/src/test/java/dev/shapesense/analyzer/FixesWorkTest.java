package dev.shapesense.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every quick fix on a testdata model, applied to the source, leaves the file without errors. */
class FixesWorkTest {

  @TestFactory
  Stream<DynamicTest> applyingEachFixClearsTheError() {
    Path dir = Fixtures.root().resolve("testdata/models");
    Workspace ws = Fixtures.workspace(dir);
    List<DynamicTest> tests = new ArrayList<>();
    for (Path p : Fixtures.javaFiles(dir)) {
      FileAnalysis a = Analyzer.analyzeFile(ws, p.toString(), AnalysisOptions.DEFAULT);
      for (Diagnostic d : a.diagnostics()) {
        for (Fix fix : d.fixes()) {
          tests.add(
              DynamicTest.dynamicTest(
                  p.getFileName() + ": " + fix.title(),
                  () -> {
                    Workspace fixed = ws;
                    for (TextEdit e : fix.edits()) {
                      String text = fixed.file(e.path()).source().text();
                      fixed = fixed.with(new SourceFile(e.path(), apply(text, List.of(e))));
                    }
                    FileAnalysis after =
                        Analyzer.analyzeFile(fixed, p.toString(), AnalysisOptions.DEFAULT);
                    assertEquals(
                        List.of(),
                        after.diagnostics().stream()
                            .filter(x -> x.severity() == Severity.ERROR)
                            .map(Diagnostic::message)
                            .toList());
                  }));
        }
      }
    }
    assertFalse(tests.isEmpty(), "no fixes found in testdata");
    return tests.stream();
  }

  static String apply(String text, List<TextEdit> edits) {
    List<TextEdit> sorted = new ArrayList<>(edits);
    sorted.sort(Comparator.comparingInt((TextEdit e) -> e.range().start()).reversed());
    StringBuilder sb = new StringBuilder(text);
    for (TextEdit e : sorted) {
      sb.replace(e.range().start(), e.range().end(), e.newText());
    }
    return sb.toString();
  }
}
