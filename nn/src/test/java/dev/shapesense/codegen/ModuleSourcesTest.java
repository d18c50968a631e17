package dev.shapesense.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    for (ModuleDecl decl : ModuleTable.modules()) {
      Path file = ModuleGenerator.source(nn, decl);
      String generated = ModuleGenerator.generate(decl);
      if (Boolean.getBoolean("codegen.update")) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, generated);
      }
      if (!Files.exists(file) || !generated.equals(Files.readString(file))) {
        differ.add(decl.name());
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
    for (ModuleDecl decl : ModuleTable.modules()) {
      if (Files.exists(nn.resolve("src/main/java/dev/shapesense/nn/" + decl.name() + ".java"))) {
        both.add(decl.name());
      }
    }
    assertEquals(List.of(), both);
    assertTrue(ModuleTable.modules().size() > 40);
  }
}
