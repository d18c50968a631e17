package dev.shapesense.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One configuration: the project's shapesense.json applies in the editor as in {@code check}, is
 * read again when the client says it changed, and a mistake in it is reported, against the real
 * server process.
 */
class ConfigIT {
  private static final String CODE = "shape/linear-in-features";

  private static void changed(LspProcess lsp, Path file, FileChangeType type) {
    lsp.server
        .getWorkspaceService()
        .didChangeWatchedFiles(
            new DidChangeWatchedFilesParams(List.of(new FileEvent(file.toUri().toString(), type))));
  }

  /** The severity of the one linear-in-features diagnostic of the latest publication, or null. */
  private static DiagnosticSeverity severity(PublishDiagnosticsParams p) {
    var ds = p.getDiagnostics().stream().filter(d -> CODE.equals(d.getCode().getLeft())).toList();
    return ds.size() == 1 ? ds.get(0).getSeverity() : null;
  }

  @Test
  void aSeverityChangedOnDiskShowsInTheEditorAndAMistakeIsReported(@TempDir Path dir)
      throws Exception {
    Path config = dir.resolve("shapesense.json");
    Files.writeString(config, "{\"severity\": {\"" + CODE + "\": \"warning\"}}");
    Path model = dir.resolve("src/BuggyNet.java");
    Files.createDirectories(model.getParent());
    String text = Fixtures.model("BuggyNet");
    Files.writeString(model, text);
    try (LspProcess lsp = LspProcess.started(List.of(dir), null)) {
      Object options =
          lsp.client
              .await(
                  () -> lsp.client.registrations.isEmpty() ? null : lsp.client.registrations.get(0))
              .getRegistrations()
              .get(0)
              .getRegisterOptions();
      assertEquals(
          "{\"watchers\":[{\"globPattern\":\"**/*.java\"},{\"globPattern\":\"**/shapesense.json\"}]}",
          options.toString());
      String uri = model.toUri().toString();
      lsp.open(uri, 1, text);
      PublishDiagnosticsParams first = lsp.awaitDiagnostics(uri, p -> severity(p) != null);
      assertEquals(DiagnosticSeverity.Warning, severity(first));
      assertEquals(
          "mat1 and mat2 shapes cannot be multiplied (Nx400 and 256x120)",
          first.getDiagnostics().get(0).getMessage());

      // The severity changes on disk: the editor shows the new one.
      Files.writeString(config, "{\"severity\": {\"" + CODE + "\": \"info\"}}");
      changed(lsp, config, FileChangeType.Changed);
      assertEquals(
          DiagnosticSeverity.Information,
          severity(lsp.awaitDiagnostics(uri, p -> severity(p) == DiagnosticSeverity.Information)));

      // A mistake: reported on the file and in a message; the defaults apply meanwhile.
      Files.writeString(config, "{\n  \"severity\": {\"shape/nope\": \"off\"}\n}\n");
      changed(lsp, config, FileChangeType.Changed);
      PublishDiagnosticsParams bad =
          lsp.awaitDiagnostics(config.toUri().toString(), p -> !p.getDiagnostics().isEmpty());
      var d = bad.getDiagnostics().get(0);
      assertEquals(
          "unknown diagnostic code 'shape/nope' (the file's settings are not applied)",
          d.getMessage());
      assertEquals(DiagnosticSeverity.Error, d.getSeverity());
      assertEquals(
          "1:15-1:27",
          d.getRange().getStart().getLine()
              + ":"
              + d.getRange().getStart().getCharacter()
              + "-"
              + d.getRange().getEnd().getLine()
              + ":"
              + d.getRange().getEnd().getCharacter());
      var shown =
          lsp.client.await(
              () ->
                  lsp.client.logs.stream()
                      .filter(m -> m.getType() == MessageType.Error)
                      .findFirst()
                      .orElse(null));
      assertEquals(
          "ShapeSense: "
              + config
              + ": unknown diagnostic code 'shape/nope'; the project's settings are not applied",
          shown.getMessage());
      assertEquals(
          DiagnosticSeverity.Error,
          severity(lsp.awaitDiagnostics(uri, p -> severity(p) == DiagnosticSeverity.Error)));

      // Mended, with the file left out as check leaves it out: no diagnostics, and the
      // file's own diagnostics are cleared.
      Files.writeString(config, "{\"exclude\": [\"src/Buggy*.java\"]}");
      changed(lsp, config, FileChangeType.Changed);
      lsp.awaitDiagnostics(config.toUri().toString(), p -> p.getDiagnostics().isEmpty());
      assertTrue(
          lsp.awaitDiagnostics(uri, p -> p.getDiagnostics().isEmpty()).getDiagnostics().isEmpty());
      assertEquals(List.of(), lsp.hints(uri));

      // Deleted: the defaults.
      Files.delete(config);
      changed(lsp, config, FileChangeType.Deleted);
      assertEquals(
          DiagnosticSeverity.Error,
          severity(lsp.awaitDiagnostics(uri, p -> severity(p) == DiagnosticSeverity.Error)));
      assertEquals(0, lsp.shutdownAndExit());
    }
  }
}
