package dev.shapesense.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shapesense.analyzer.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the edit loop edits, and the models it analyses before ({@code OTHERS}). */
class EditLoopTest {
  /** The repository's root: the first folder up from here that holds {@code testdata}. */
  private static Path root() {
    Path d = Path.of("").toAbsolutePath();
    while (!Files.isDirectory(d.resolve("testdata"))) {
      d = d.getParent();
    }
    return d;
  }

  @Test
  void theEditChangesOneSettingThatKeepsEveryShape() {
    String chain = ModelGenerator.chain("Layers", 16);
    String edited = EditLoop.edited(chain);
    // The first Dropout from the middle of the text on: of 16 layers (Dropouts: 3, 7, 11, 15), the
    // middle falls between the declarations of l11 and l15.
    assertEquals(
        chain.replace("Dropout l15 = new Dropout(0.1);", "Dropout l15 = new Dropout(0.2);"),
        edited);
    String blocks = ModelGenerator.lines("Lines", 60);
    assertEquals(1, diffCount(blocks, EditLoop.edited(blocks)));
    assertTrue(EditLoop.edited(blocks).contains(".bias(true);"));
    String mlp = ModelGenerator.mlp("Mlp", 2, 64);
    assertEquals(mlp, EditLoop.edited(mlp));
  }

  /** How many lines differ between two texts of as many lines. */
  private static int diffCount(String a, String b) {
    String[] x = a.split("\n", -1);
    String[] y = b.split("\n", -1);
    assertEquals(x.length, y.length);
    int n = 0;
    for (int i = 0; i < x.length; i++) {
      n += x[i].equals(y[i]) ? 0 : 1;
    }
    return n;
  }

  @Test
  void theOtherModelsAreTheTestdataModelsInNameOrder() throws IOException {
    List<SourceFile> models = TestdataModels.read(root());
    List<String> paths = models.stream().map(SourceFile::path).toList();
    assertTrue(paths.contains("testdata/models/Net.java"), paths.toString());
    assertEquals(paths.stream().sorted().toList(), paths);
    assertEquals(
        Files.readString(root().resolve("testdata/models/Net.java")),
        models.get(paths.indexOf("testdata/models/Net.java")).text());
  }

  @Test
  void aFolderWithoutTestdataIsToldAboutNotReadAsNoModels(@TempDir Path empty) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TestdataModels.read(empty));
    assertEquals(
        "no "
            + empty.resolve("testdata").resolve("models").toAbsolutePath()
            + ": run from the repository's root, or give it as -Dshapesense.root",
        e.getMessage());
  }

  @Test
  void theGeneratedModelsAreNamedByKindAndSize() {
    assertEquals(ModelGenerator.chain("Layers", 12), EditLoop.generated("layers:12"));
    assertEquals(ModelGenerator.lines("Lines", 60), EditLoop.generated("lines:60"));
    assertEquals(ModelGenerator.locals("Locals", 30), EditLoop.generated("locals:30"));
    assertNull(EditLoop.generated("testdata/models/Net.java"));
  }
}
