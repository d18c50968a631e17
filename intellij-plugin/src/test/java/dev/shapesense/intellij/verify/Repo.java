package dev.shapesense.intellij.verify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Paths of the repository as the tests see them; the build passes the root and the jar. */
final class Repo {
  private Repo() {}

  static Path root() {
    return Path.of(System.getProperty("shapesense.root", "..")).toAbsolutePath().normalize();
  }

  /** The server's JVM options, the one list every way of starting it uses (comments left out). */
  static java.util.List<String> jvmOptions() throws IOException {
    return Files.readAllLines(
            root().resolve("server/src/main/resources/dev/shapesense/cli/jvm.options"))
        .stream()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .toList();
  }

  static Path template() {
    return root().resolve("intellij-plugin/template");
  }

  static Path plugin() {
    return root().resolve("intellij-plugin/plugin");
  }

  static Path pluginSources() {
    return plugin().resolve("src/main/java");
  }

  /**
   * A user's project as IntelliJ opens it: a folder holding copies of {@code testdata/models} (the
   * repository itself would not do: its {@code nn/} sources declare {@code Conv2d} and the other
   * layers, which a user's project does not).
   */
  static Path userProject(Path folder) throws IOException {
    Path models = root().resolve("testdata/models");
    try (Stream<Path> files = Files.list(models)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Files.copy(f, folder.resolve(f.getFileName()));
      }
    }
    return folder;
  }

  /** The shaded server jar that `mvn package` builds; failing clearly when it is missing. */
  static Path serverJar() {
    Path jar =
        Path.of(
            System.getProperty(
                "shapesense.jar", root().resolve("server/target/shapesense.jar").toString()));
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          "No server jar at " + jar + ": run `mvn -B -ntp package` first");
    }
    return jar;
  }
}
