package dev.shapesense.analyzer.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shapesense.analyzer.AnalysisOptions;
import dev.shapesense.analyzer.FileAnalysis;
import dev.shapesense.analyzer.InlayHint;
import dev.shapesense.analyzer.SourceFile;
import dev.shapesense.analyzer.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ShapeSense never loads, compiles or runs user code: a model whose static initialiser,
 * constructor, field initialisers and forward try to write files, start processes, load classes and
 * evaluate scripts is analysed (its shapes are shown), and none of it happens.
 */
class SafetyTest {
  /** A hostile model: every attempt would leave a file named {@code marker-*} in {@code dir}. */
  static String hostileModel(Path dir) {
    String d = dir.toAbsolutePath().toString().replace("\\", "\\\\");
    return """
        import dev.shapesense.tensor.*;
        import dev.shapesense.nn.*;
        import dev.shapesense.nn.Module;
        import java.nio.file.Files;
        import java.nio.file.Path;

        public class Hostile extends Module {
            private static final Path STATIC_FIELD = write("marker-static-field");

            static {
                write("marker-static-block");
                try {
                    new ProcessBuilder("touch", "DIR/marker-process").start();
                    Runtime.getRuntime().exec(new String[] {"touch", "DIR/marker-exec"});
                    Class.forName("Hostile");
                    new javax.script.ScriptEngineManager().getEngineByName("js")
                            .eval("java.nio.file.Files.writeString(java.nio.file.Path.of('DIR/marker-script'), 'x')");
                    javax.tools.ToolProvider.getSystemJavaCompiler().run(null, null, null, "DIR/Hostile.java");
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            }

            private final Linear fc = new Linear(4, 2);
            private final Path field = write("marker-field");

            public Hostile() {
                write("marker-constructor");
                try (var out = new java.io.FileOutputStream("DIR/marker-stream")) {
                    out.write(1);
                } catch (java.io.IOException e) {
                    throw new RuntimeException(e);
                }
            }

            static Path write(String name) {
                try {
                    return Files.writeString(Path.of("DIR", name), "user code ran");
                } catch (java.io.IOException e) {
                    throw new RuntimeException(e);
                }
            }

            public Tensor forward(@Dims("N, 4") Tensor x) {
                write("marker-forward");
                System.exit(3);
                return fc.forward(x);
            }
        }
        """
        .replace("DIR", d);
  }

  static List<String> markers(Path dir) throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString())
          .filter(n -> !n.equals("Hostile.java"))
          .sorted()
          .toList();
    }
  }

  @Test
  void aHostileModelIsAnalysedAndNoneOfItsCodeRuns(@TempDir Path dir) throws Exception {
    String text = hostileModel(dir);
    Files.writeString(dir.resolve("Hostile.java"), text);
    Workspace ws = Workspace.of(List.of(new SourceFile("Hostile.java", text)));
    FileAnalysis a =
        Checked.analyze(ws, "Hostile.java", AnalysisOptions.DEFAULT, "the hostile model");
    assertEquals(List.of(), markers(dir), "user code ran during the analysis");
    assertEquals(1, a.models().size());
    assertEquals("[N, 2]", String.valueOf(a.models().get(0).output()));
    assertEquals(List.of("[N, 2]"), a.hints().stream().map(InlayHint::label).toList());
    assertEquals(List.of(), a.diagnostics());
  }
}
