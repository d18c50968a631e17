package dev.shapesense.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed generated sources ({@code FGenerated}, {@code TensorGenerated}, {@code
 * TensorsGenerated}, {@code OpCatalog}) are what the op tables generate today: regenerating changes
 * nothing. {@code -Dcodegen.update=true} rewrites them from the tables (then rebuild).
 */
class GeneratedSourcesTest {
  static Path nnModule() {
    String root = System.getProperty("shapesense.root");
    return root != null ? Path.of(root, "nn") : Path.of("").toAbsolutePath();
  }

  @Test
  void regeneratingChangesNothing() throws Exception {
    for (var e : Generate.all(nnModule()).entrySet()) {
      Path file = e.getKey();
      if (Boolean.getBoolean("codegen.update")) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, e.getValue());
      }
      assertTrue(Files.exists(file), file + " is missing: run with -Dcodegen.update=true");
      assertEquals(
          e.getValue(),
          Files.readString(file),
          file + " differs from what the op tables generate: run with -Dcodegen.update=true");
    }
  }
}
