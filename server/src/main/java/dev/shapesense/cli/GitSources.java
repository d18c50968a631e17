package dev.shapesense.cli;

import dev.shapesense.analyzer.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The {@code .java} files of a git revision, read with {@code git} without checking it out. */
final class GitSources {
  private GitSources() {}

  static List<SourceFile> at(String revision) throws Inputs.BadInput {
    List<SourceFile> out = new ArrayList<>();
    for (String path : run("ls-tree", "-r", "--name-only", revision).lines().toList()) {
      if (path.endsWith(".java")) {
        out.add(new SourceFile(path, run("show", revision + ":" + path)));
      }
    }
    return out;
  }

  private static String run(String... args) throws Inputs.BadInput {
    List<String> cmd = new ArrayList<>();
    cmd.add("git");
    cmd.addAll(List.of(args));
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
      p.getOutputStream().close();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new Inputs.BadInput("git " + String.join(" ", args) + ": " + err.strip());
      }
      return out;
    } catch (IOException e) {
      throw new Inputs.BadInput("cannot run git: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Inputs.BadInput("interrupted");
    }
  }
}
