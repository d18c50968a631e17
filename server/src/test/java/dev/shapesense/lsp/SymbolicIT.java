package dev.shapesense.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;

/**
 * Symbols in a declared shape stand for every size, in the editor: a check that holds for some
 * sizes only is a warning with PyTorch's text at a failing size, and the hover on a model's forward
 * says for which sizes it works. Over JSON-RPC with the server process.
 */
class SymbolicIT {

  private static String symbolic(String name) throws Exception {
    return Files.readString(LspProcess.root().resolve("testdata/symbolic/" + name + ".java"));
  }

  private static String hover(LspProcess lsp, String uri, int line, int column) throws Exception {
    Hover h =
        lsp.server
            .getTextDocumentService()
            .hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(line, column)))
            .get(60, TimeUnit.SECONDS);
    return h == null ? null : h.getContents().getRight().getValue();
  }

  @Test
  void aMaskOfOneSizeIsAWarningWithPyTorchsTextAtAnotherSize() throws Exception {
    try (LspProcess lsp = LspProcess.started(List.of(), null)) {
      String uri = Fixtures.uri("FixedMask");
      String text = symbolic("FixedMask");
      lsp.open(uri, 1, text);
      PublishDiagnosticsParams d = lsp.awaitDiagnostics(uri, p -> p.getVersion() == 1);
      assertEquals(1, d.getDiagnostics().size(), d.toString());
      var w = d.getDiagnostics().get(0);
      assertEquals(DiagnosticSeverity.Warning, w.getSeverity());
      assertEquals("shape/value-dependent", w.getCode().getLeft());
      assertEquals(
          "needs L == 32; for L = 16: The size of tensor a (32) must match the size of tensor b"
              + " (16) at non-singleton dimension 2",
          w.getMessage());
      // return att.maskedFill(...), from column 15.
      int line = (int) text.lines().takeWhile(l -> !l.contains("return att.maskedFill")).count();
      assertEquals(new Position(line, 15), w.getRange().getStart());
      assertEquals(0, lsp.shutdownAndExit());
    }
  }

  @Test
  void theHoverOnForwardSaysForWhichSizesTheSeedNetWorks() throws Exception {
    try (LspProcess lsp = LspProcess.started(List.of(), null)) {
      String uri = Fixtures.uri("SeedNetAnySize");
      String text = symbolic("SeedNetAnySize");
      lsp.open(uri, 1, text);
      PublishDiagnosticsParams d = lsp.awaitDiagnostics(uri, p -> p.getVersion() == 1);
      assertEquals(List.of(), d.getDiagnostics());
      int line = (int) text.lines().takeWhile(l -> !l.contains("public Tensor forward")).count();
      int column = text.lines().toList().get(line).indexOf("forward") + 2;
      assertEquals(
          "**SeedNetAnySize**\n\nInput: `[N, 3, H, W]`\n\nValid for: 16 <= H <= 19 and 112 <= W <= 115,"
              + " or 32 <= H <= 35 and 32 <= W <= 35, or 112 <= H <= 115 and 16 <= W <= 19\n\n"
              + "Output: `[N, 10]`\n\nParameters: 62006",
          hover(lsp, uri, line, column));
      // The Model view's request carries the same domain.
      var model = GraphIT.modelGraph(lsp, uri).getAsJsonArray("models").get(0).getAsJsonObject();
      assertEquals(
          "16 <= H <= 19 and 112 <= W <= 115, or 32 <= H <= 35 and 32 <= W <= 35, or 112 <= H <= 115"
              + " and 16 <= W <= 19",
          model.get("valid").getAsString());
      assertEquals(0, lsp.shutdownAndExit());
    }
  }
}
