package dev.shapesense.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository root, where testdata lives. */
final class Root {
  private Root() {}

  static Path path() {
    String p = System.getProperty("shapesense.root");
    if (p != null && Files.isDirectory(Path.of(p, "testdata"))) {
      return Path.of(p);
    }
    Path d = Path.of("").toAbsolutePath();
    while (d != null && !Files.isDirectory(d.resolve("testdata"))) {
      d = d.getParent();
    }
    return d;
  }
}
