package dev.shapesense.intellij.verify;

import java.nio.file.Files;
import java.nio.file.Path;

/** Paths of the repository as the tests see them; the build passes the root and the jar. */
final class Repo {
  private Repo() {}

  static Path root() {
    return Path.of(System.getProperty("shapesense.root", "..")).toAbsolutePath().normalize();
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

  static Path net() {
    return root().resolve("testdata/models/Net.java");
  }

  /** The shaded server jar that `mvn package` builds; failing clearly when it is missing. */
  static Path serverJar() {
    Path jar =
        Path.of(System.getProperty("shapesense.jar", root().resolve("server/target/shapesense.jar").toString()));
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("No server jar at " + jar + ": run `mvn -B -ntp package` first");
    }
    return jar;
  }
}
