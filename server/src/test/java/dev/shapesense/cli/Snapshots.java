package dev.shapesense.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code server/src/test/resources/golden}: a large output is compared with its
 * committed copy; {@code -Dshapesense.updateSnapshots=true} rewrites the copies instead, for review
 * in the diff.
 */
final class Snapshots {
  private Snapshots() {}

  static void assertMatches(String name, String actual) throws IOException {
    Path file = Root.path().resolve("server/src/test/resources/golden").resolve(name);
    if (Boolean.getBoolean("shapesense.updateSnapshots")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual);
      return;
    }
    String want = Files.exists(file) ? Files.readString(file) : "<no snapshot " + name + ">";
    assertEquals(want, actual, "output differs from golden file " + name);
  }
}
