package dev.shapesense.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.shapesense.tensor.IntSet;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code testdata/symbolic}: models whose declared symbols stand for every size. Each file's hints
 * and diagnostics equal the caret expectations under its code (value-dependent warnings with
 * PyTorch's text at a failing size, errors for conditions no size meets), and its model's valid
 * domain equals the file's {@code // Valid for:} line (none: every size works). {@code ranged/}
 * narrows H and W as its shapesense.json does.
 */
class SymbolicFixtureTest {

  @TestFactory
  Stream<DynamicTest> everySizeModels() {
    return fixtures(Fixtures.root().resolve("testdata/symbolic"), ProjectSettings.NONE);
  }

  @TestFactory
  Stream<DynamicTest> rangedModels() {
    // As testdata/symbolic/ranged/shapesense.json says.
    IntSet r = ProjectSettings.range("64..1024");
    return fixtures(
        Fixtures.root().resolve("testdata/symbolic/ranged"),
        new ProjectSettings(Map.of(), Map.of(), Map.of("H", r, "W", r)));
  }

  private static Stream<DynamicTest> fixtures(Path dir, ProjectSettings project) {
    Workspace ws = Fixtures.workspace(dir);
    AnalysisOptions opts = AnalysisOptions.DEFAULT.withProject(project);
    List<Path> files =
        Fixtures.javaFiles(dir).stream().filter(p -> p.getParent().equals(dir)).toList();
    return files.stream()
        .map(
            p ->
                DynamicTest.dynamicTest(
                    p.getFileName().toString(),
                    () -> {
                      String text = Fixtures.read(p);
                      FileAnalysis a = Analyzer.analyzeFile(ws, p.toString(), opts);
                      String diff =
                          FixtureTest.diff(Fixtures.expectations(text), Fixtures.actual(a, text));
                      if (!diff.isEmpty()) {
                        fail(p.getFileName() + " differs (line:column, 0-based):\n" + diff);
                      }
                      String want =
                          text.lines()
                              .filter(l -> l.startsWith("// Valid for: "))
                              .map(l -> l.substring("// Valid for: ".length()))
                              .findFirst()
                              .orElse("");
                      assertEquals(1, a.models().size(), "one model per file");
                      assertEquals(
                          want, a.models().get(0).valid(), p.getFileName() + ": the valid domain");
                    }));
  }
}
