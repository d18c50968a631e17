package dev.shapesense.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkDoneProgressBegin;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.WorkDoneProgressNotification;
import org.eclipse.lsp4j.WorkDoneProgressReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workspace indexing with progress, watched files and hint refresh, against the real process. */
class WorkspaceIT {
  static final String HEADER =
      "import dev.shapesense.tensor.*;\nimport dev.shapesense.nn.*;\nimport dev.shapesense.nn.Module;\n\n";

  static String block(int out) {
    return HEADER
        + "public class Block extends Module {\n"
        + "    private final Linear fc = new Linear(8, "
        + out
        + ");\n\n"
        + "    public Tensor forward(Tensor x) {\n"
        + "        return fc.forward(x);\n"
        + "    }\n"
        + "}\n";
  }

  static final String MODEL =
      HEADER
          + "public class Model extends Module {\n"
          + "    private final Block block = new Block();\n\n"
          + "    public Tensor forward(@Dims(\"N, 8\") Tensor x) {\n"
          + "        return block.forward(x);\n"
          + "    }\n"
          + "}\n";

  @Test
  void blocksInUnopenedFilesResolveAndDiskChangesRefreshHints(@TempDir Path dir) throws Exception {
    Path blockFile = dir.resolve("src/Block.java");
    Files.createDirectories(blockFile.getParent());
    Files.writeString(blockFile, block(4));
    Path modelFile = dir.resolve("src/Model.java");
    Files.writeString(modelFile, MODEL);
    for (int i = 0; i < 250; i++) {
      Files.writeString(dir.resolve("src/Other" + i + ".java"), "public class Other" + i + " {}\n");
    }
    try (LspProcess lsp = LspProcess.started(List.of(dir), null)) {
      String uri = modelFile.toUri().toString();
      lsp.open(uri, 1, MODEL);
      List<WorkDoneProgressNotification> steps =
          lsp.client.await(
              () -> {
                List<WorkDoneProgressNotification> l =
                    lsp.client.progress.stream().map(p -> p.getValue().getLeft()).toList();
                return !l.isEmpty() && l.get(l.size() - 1) instanceof WorkDoneProgressEnd
                    ? l
                    : null;
              });
      assertEquals(1, lsp.client.progressCreated.size());
      assertEquals(4, steps.size());
      assertEquals("ShapeSense: indexing", ((WorkDoneProgressBegin) steps.get(0)).getTitle());
      assertEquals("200/252 files", ((WorkDoneProgressReport) steps.get(1)).getMessage());
      assertEquals(79, ((WorkDoneProgressReport) steps.get(1)).getPercentage());
      assertEquals("252/252 files", ((WorkDoneProgressReport) steps.get(2)).getMessage());
      assertEquals("indexed 252 files", ((WorkDoneProgressEnd) steps.get(3)).getMessage());
      assertEquals(
          "workspace/didChangeWatchedFiles",
          lsp.client.registrations.get(0).getRegistrations().get(0).getMethod());
      assertEquals(List.of("8:31 [N, 4]"), Fixtures.show(lsp.hints(uri)));

      // Block.java changes outside the editor: the model's hints change, the client is told.
      int before = lsp.client.refreshes.get();
      Files.writeString(blockFile, block(6));
      lsp.server
          .getWorkspaceService()
          .didChangeWatchedFiles(
              new DidChangeWatchedFilesParams(
                  List.of(new FileEvent(blockFile.toUri().toString(), FileChangeType.Changed))));
      lsp.client.await(() -> lsp.client.refreshes.get() > before ? true : null);
      // A refresh of an earlier change may arrive first (a loaded machine): ask until the new
      // analysis answers, or time out with what was shown last.
      assertEquals(List.of("8:31 [N, 6]"), hintsOnceThey(lsp, uri, List.of("8:31 [N, 6]")));

      // Deleted: the block no longer resolves, so its call has no shape.
      Files.delete(blockFile);
      int before2 = lsp.client.refreshes.get();
      lsp.server
          .getWorkspaceService()
          .didChangeWatchedFiles(
              new DidChangeWatchedFilesParams(
                  List.of(new FileEvent(blockFile.toUri().toString(), FileChangeType.Deleted))));
      lsp.client.await(() -> lsp.client.refreshes.get() > before2 ? true : null);
      assertTrue(hintsOnceThey(lsp, uri, List.of()).isEmpty());
      assertEquals(0, lsp.shutdownAndExit());
    }
  }

  /** The hints of {@code uri}, asked again for up to 30 s until they are {@code wanted}. */
  private static List<String> hintsOnceThey(LspProcess lsp, String uri, List<String> wanted)
      throws Exception {
    List<String> shown = Fixtures.show(lsp.hints(uri));
    for (long end = System.currentTimeMillis() + 30_000;
        !shown.equals(wanted) && System.currentTimeMillis() < end; ) {
      Thread.sleep(100);
      shown = Fixtures.show(lsp.hints(uri));
    }
    return shown;
  }

  static final String SIZED_BLOCK =
      HEADER
          + "public class Block extends Module {\n"
          + "    private final Linear fc;\n\n"
          + "    public Block(int width) {\n"
          + "        fc = new Linear(width, 16);\n"
          + "    }\n\n"
          + "    public Tensor forward(Tensor x) {\n"
          + "        return fc.forward(x);\n"
          + "    }\n"
          + "}\n";

  static final String SIZED_MODEL =
      HEADER
          + "public class Model extends Module {\n"
          + "    private final Block block = new Block(8);\n\n"
          + "    public Tensor forward(@Dims(\"N, 10\") Tensor x) {\n"
          + "        return block.forward(x);\n"
          + "    }\n"
          + "}\n";

  @Test
  void aBlockFileShowsTheErrorOfTheModelThatBuildsItAndTheFixEditsTheModel(@TempDir Path dir)
      throws Exception {
    Path blockFile = dir.resolve("Block.java");
    Path modelFile = dir.resolve("Model.java");
    Files.writeString(blockFile, SIZED_BLOCK);
    Files.writeString(modelFile, SIZED_MODEL);
    try (LspProcess lsp = LspProcess.started(List.of(dir), null)) {
      String uri = blockFile.toUri().toString();
      // Only the block is open; the model that builds it is read from the workspace folder.
      lsp.open(uri, 1, SIZED_BLOCK);
      var d =
          lsp.awaitDiagnostics(uri, p -> p.getVersion() == 1 && !p.getDiagnostics().isEmpty())
              .getDiagnostics();
      assertEquals(1, d.size());
      assertEquals(
          "mat1 and mat2 shapes cannot be multiplied (Nx10 and 8x16)", d.get(0).getMessage());
      assertEquals(new Range(new Position(12, 15), new Position(12, 28)), d.get(0).getRange());
      assertEquals(List.of("12:28 [N, 16]"), Fixtures.show(lsp.hints(uri)));
      var actions =
          lsp.server
              .getTextDocumentService()
              .codeAction(
                  new CodeActionParams(
                      new TextDocumentIdentifier(uri),
                      d.get(0).getRange(),
                      new CodeActionContext(d)))
              .get(60, TimeUnit.SECONDS);
      assertEquals(1, actions.size());
      CodeAction a = actions.get(0).getRight();
      assertEquals("Change in_features to 10", a.getTitle());
      // The edit is in Model.java, on the 8 of new Block(8).
      assertEquals(
          Map.of(
              modelFile.toUri().toString(),
              List.of(new TextEdit(new Range(new Position(5, 42), new Position(5, 43)), "10"))),
          a.getEdit().getChanges());
      // The model's file shows it at the call that leads there.
      String modelUri = modelFile.toUri().toString();
      lsp.open(modelUri, 1, SIZED_MODEL);
      var m =
          lsp.awaitDiagnostics(modelUri, p -> p.getVersion() == 1 && !p.getDiagnostics().isEmpty())
              .getDiagnostics();
      assertEquals(
          "mat1 and mat2 shapes cannot be multiplied (Nx10 and 8x16) (in Block.java:13)",
          m.get(0).getMessage());
      assertEquals(new Range(new Position(8, 15), new Position(8, 31)), m.get(0).getRange());
      assertEquals(0, lsp.shutdownAndExit());
    }
  }
}
