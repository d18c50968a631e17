package dev.shapesense.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code shapesense} process never runs user code: {@code check} and {@code trace} of a
 * model whose static initialiser and constructor write files (and start processes, load classes,
 * evaluate scripts, compile) analyse it, and no file appears. Safe on untrusted pull requests.
 */
class SafetyIT {
  private static final String MODEL =
      """
      import dev.shapesense.tensor.*;
      import dev.shapesense.nn.*;
      import dev.shapesense.nn.Module;
      import java.nio.file.Files;
      import java.nio.file.Path;

      public class Hostile extends Module {
          static {
              try {
                  Files.writeString(Path.of("DIR/marker-static"), "user code ran");
                  new ProcessBuilder("touch", "DIR/marker-process").start();
                  Class.forName("Hostile");
                  new javax.script.ScriptEngineManager().getEngineByName("js").eval("1");
                  javax.tools.ToolProvider.getSystemJavaCompiler().run(null, null, null, "DIR/Hostile.java");
              } catch (Exception e) {
                  throw new RuntimeException(e);
              }
          }

          private final Linear fc = new Linear(4, 2);

          public Hostile() {
              try {
                  Files.writeString(Path.of("DIR/marker-constructor"), "user code ran");
              } catch (java.io.IOException e) {
                  throw new RuntimeException(e);
              }
          }

          public Tensor forward(@Dims("N, 4") Tensor x) {
              try {
                  Files.writeString(Path.of("DIR/marker-forward"), "user code ran");
              } catch (java.io.IOException e) {
                  throw new RuntimeException(e);
              }
              return fc.forward(x);
          }
      }
      """;

  private static List<String> files(Path dir) throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void checkAndTraceOfAHostileModelRunNoneOfItsCode(@TempDir Path dir) throws Exception {
    Path model = dir.resolve("Hostile.java");
    Files.writeString(model, MODEL.replace("DIR", dir.toAbsolutePath().toString()));

    Cli.Result check = Cli.run("check", dir.toString());
    assertEquals(0, check.exit(), check.out() + check.err());
    assertEquals("", check.out());

    Cli.Result trace = Cli.run("trace", "--format", "json", model.toString());
    assertEquals(0, trace.exit(), trace.err());
    assertTrue(trace.out().contains("\"class\":\"Hostile\""), trace.out());
    assertTrue(trace.out().contains("\"output\":[\"N\",2]"), trace.out());

    Cli.Result concrete = Cli.run("trace", "--input", "8, 4", model.toString());
    assertEquals(0, concrete.exit(), concrete.err());
    assertTrue(concrete.out().contains("[8, 2]"), concrete.out());

    assertEquals(List.of("Hostile.java"), files(dir), "user code ran in the shapesense process");
  }
}
