package dev.shapesense.analyzer.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shapesense.analyzer.AnalysisOptions;
import dev.shapesense.analyzer.Analyzer;
import dev.shapesense.analyzer.Diagnostic;
import dev.shapesense.analyzer.SourceFile;
import dev.shapesense.analyzer.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where javac rejects a call into the nn API (no such method, no overload or constructor for the
 * argument count or types), the analyzer says so as javac would, a {@code java/no-overload} warning
 * on the call, and reports no shape error there: each case is one edit of the seed Net
 * (testdata/models/Net.java) that javac must reject.
 */
class JavacRejectsTest {
  @TempDir Path out;

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // An F function given too many arguments.
        "F.relu(fc1.forward(x))|F.relu(fc1.forward(x), 1, 2, 3)|no overload of F.relu takes (Tensor, int, int, int)",
        // A Tensor method that does not exist (a typo).
        "x = x.flatten(1);|x = x.flaten(1);|cannot find symbol: method flaten(int) in Tensor",
        // A layer constructor given too few arguments.
        "new Linear(120, 84)|new Linear(120)|no overload of new Linear takes (int)",
        // A layer's forward given too many inputs.
        "return fc3.forward(x);|return fc3.forward(x, x);|no overload of Linear.forward takes (Tensor, Tensor)",
        // A static of Tensors that does not exist.
        "x = x.flatten(1);|x = Tensors.flat(x, 1);|cannot find symbol: method flat(Tensor, int) in Tensors",
      })
  void javacsRejectionIsAJavaWarningNotAShape(String original, String replacement, String message)
      throws Exception {
    String seed = Files.readString(JvmOracle.root().resolve("testdata/models/Net.java"));
    assertEquals(
        1,
        seed.split(java.util.regex.Pattern.quote(original), -1).length - 1,
        "one occurrence of " + original);
    String text = seed.replace(original, replacement);
    int line = lineOf(text, text.indexOf(replacement));

    List<String> javac = JvmOracle.compileSources(Map.of("Net.java", text), out);
    assertTrue(
        javac.stream().anyMatch(e -> e.startsWith("Net.java:" + line + ": ")),
        "javac accepts the edit: " + javac);

    Workspace ws = Workspace.of(List.of(new SourceFile("Net.java", text)));
    List<Diagnostic> diagnostics =
        Analyzer.analyzeFile(ws, "Net.java", AnalysisOptions.DEFAULT).diagnostics();
    List<String> got = new ArrayList<>();
    for (Diagnostic d : diagnostics) {
      if (d.severity() == dev.shapesense.analyzer.Severity.ERROR || d.code().startsWith("java/")) {
        got.add(
            lineOf(text, d.range().start())
                + ": "
                + d.severity()
                + " "
                + d.code()
                + ": "
                + d.message());
      }
    }
    assertEquals(List.of(line + ": WARNING java/no-overload: " + message), got);
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
