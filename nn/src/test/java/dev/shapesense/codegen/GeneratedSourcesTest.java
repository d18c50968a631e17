package dev.shapesense.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed {@code FGenerated.java} is what the op table generates today: regenerating changes
 * nothing. {@code -Dcodegen.update=true} rewrites it from the table (then rebuild).
 */
class GeneratedSourcesTest {
  static Path nnModule() {
    String root = System.getProperty("shapesense.root");
    return root != null ? Path.of(root, "nn") : Path.of("").toAbsolutePath();
  }

  @Test
  void regeneratingChangesNothing() throws Exception {
    Path file = FunctionalGenerator.source(nnModule());
    String generated = FunctionalGenerator.generate(OpTable.ops());
    if (Boolean.getBoolean("codegen.update")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, generated);
    }
    assertTrue(Files.exists(file), file + " is missing: run with -Dcodegen.update=true");
    assertEquals(
        generated,
        Files.readString(file),
        file + " differs from what OpTable generates: run with -Dcodegen.update=true");
  }
}
