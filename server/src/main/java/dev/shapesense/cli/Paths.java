package dev.shapesense.cli;

import java.nio.file.Path;

/** Paths as reports print them: relative to the working directory when under it. */
final class Paths {
  private Paths() {}

  static String relative(String path) {
    Path p = Path.of(path);
    if (!p.isAbsolute()) {
      return p.normalize().toString().replace('\\', '/');
    }
    Path cwd = Path.of("").toAbsolutePath();
    Path n = p.normalize();
    return (n.startsWith(cwd) ? cwd.relativize(n) : n).toString().replace('\\', '/');
  }
}
