package dev.shapesense.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The committed module classes are what the module table generates today: regenerating changes
 * nothing, and no class of the table is also written by hand. {@code -Dcodegen.update=true}
 * rewrites them from the table (then rebuild).
 */
class ModuleSourcesTest {
  @Test
  void regeneratingChangesNothing() throws Exception {
    Path nn = GeneratedSourcesTest.nnModule();
    List<String> differ = new ArrayList<>();
    for (Map.Entry<String, String> e : ModuleGenerator.all().entrySet()) {
      Path file = ModuleGenerator.source(nn, e.getKey());
      if (Boolean.getBoolean("codegen.update")) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, e.getValue());
      }
      if (!Files.exists(file) || !e.getValue().equals(Files.readString(file))) {
        differ.add(e.getKey());
      }
    }
    assertEquals(
        List.of(),
        differ,
        "these differ from what ModuleTable generates: run with -Dcodegen.update=true");
  }

  @Test
  void noGeneratedModuleIsAlsoHandWritten() {
    Path nn = GeneratedSourcesTest.nnModule();
    List<String> both = new ArrayList<>();
    for (String name : ModuleGenerator.all().keySet()) {
      if (Files.exists(nn.resolve("src/main/java/dev/shapesense/nn/" + name + ".java"))) {
        both.add(name);
      }
    }
    assertEquals(List.of(), both);
    assertTrue(ModuleGenerator.all().size() > 60);
  }
}
