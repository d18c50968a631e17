package dev.shapesense.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the real {@code shapesense.jar} as a process from the repository root. */
final class Cli {
  record Result(int exit, String out, String err) {}

  private Cli() {}

  static Result run(String... args) throws IOException, InterruptedException {
    return runIn(Root.path(), args);
  }

  /** Runs the jar with {@code dir} as the working directory. */
  static Result runIn(Path dir, String... args) throws IOException, InterruptedException {
    String jar = System.getProperty("shapesense.jar");
    if (jar == null) {
      jar = Root.path().resolve("server/target/shapesense.jar").toString();
    }
    List<String> cmd = new ArrayList<>(List.of(javaBin(), "-jar", jar));
    cmd.addAll(List.of(args));
    return runCommand(dir, cmd);
  }

  /**
   * Runs {@code ./shapesense}, the launcher the README gives users (its JVM options and its
   * class-data archive), from the repository root.
   */
  static Result runLauncher(String... args) throws IOException, InterruptedException {
    List<String> cmd =
        new ArrayList<>(List.of("bash", Root.path().resolve("shapesense").toString()));
    cmd.addAll(List.of(args));
    return runCommand(Root.path(), cmd);
  }

  private static Result runCommand(Path dir, List<String> cmd)
      throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
    Path errFile = java.nio.file.Files.createTempFile("shapesense", ".err");
    pb.redirectError(errFile.toFile());
    Process p = pb.start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(300, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("shapesense did not finish: " + cmd);
    }
    String err = java.nio.file.Files.readString(errFile);
    java.nio.file.Files.deleteIfExists(errFile);
    return new Result(p.exitValue(), out, err);
  }

  private static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
