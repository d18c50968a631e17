package dev.shapesense.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.Test;

/** Hover, code actions and settings against the real server process. */
class FeaturesIT {
  private static Hover hover(LspProcess lsp, String uri, int line, int character) throws Exception {
    return lsp.server
        .getTextDocumentService()
        .hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(line, character)))
        .get(60, TimeUnit.SECONDS);
  }

  @Test
  void hoverOnAFieldAndOnACall() throws Exception {
    try (LspProcess lsp = LspProcess.started(List.of(), null)) {
      String uri = Fixtures.uri("Net");
      lsp.open(uri, 1, Fixtures.model("Net"));
      String conv1 =
          "**conv1**: Conv2d\n\n```text\nConv2d(3, 6, kernel_size=(5, 5), stride=(1, 1))\n```\n\n"
              + "`[N, 3, 32, 32]` → `[N, 6, 28, 28]`\n\nParameters: 456\n\n"
              + "Trainable parameters: 456\n\nMult-Adds: 357,504 * N\n\nOutput size: 18,816 * N B\n\n"
              + "```text\nH_out = floor((H + 2p - d(k - 1) - 1) / s) + 1\n"
              + "W_out = floor((W + 2p - d(k - 1) - 1) / s) + 1\n```\n\n"
              + "`N`: declared by @Dims(\"N, 3, 32, 32\") on 'x' of Net.forward (line 13)";
      // On the field declaration, and on the call conv1.forward(x).
      assertEquals(conv1, hover(lsp, uri, 5, 27).getContents().getRight().getValue());
      assertEquals(conv1, hover(lsp, uri, 13, 36).getContents().getRight().getValue());
      String fc1 = hover(lsp, uri, 21, 20).getContents().getRight().getValue();
      assertTrue(
          fc1.startsWith(
              "**fc1**: Linear\n\n```text\nLinear(in_features=400, out_features=120, bias=True)\n```\n\n`[N, 400]` → `[N, 120]`\n\nParameters: 48,120"),
          fc1);
      assertTrue(
          fc1.contains(
              "Parameters: 48,120\n\nTrainable parameters: 48,120\n\nMult-Adds: 48,120 * N\n\nOutput size: 480 * N B\n\n"),
          fc1);
      // A layer called twice, hovered on its field: the distinct counts of its calls.
      String pool = hover(lsp, uri, 6, 28).getContents().getRight().getValue();
      assertTrue(pool.contains("Mult-Adds: 0\n\nOutput size: 4,704 * N B / 1,600 * N B\n\n"), pool);
      // Nowhere near a layer: no hover.
      assertEquals(null, hover(lsp, uri, 0, 3));
    }
  }

  @Test
  void quickFixWritesTheRightInFeatures() throws Exception {
    try (LspProcess lsp = LspProcess.started(List.of(), null)) {
      String uri = Fixtures.uri("BuggyNet");
      lsp.open(uri, 1, Fixtures.model("BuggyNet"));
      var d = lsp.awaitDiagnostics(uri, p -> p.getVersion() == 1).getDiagnostics();
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
      assertEquals("quickfix", a.getKind());
      assertEquals(true, a.getIsPreferred());
      assertEquals(List.of(d.get(0)), a.getDiagnostics());
      assertEquals(
          List.of(new TextEdit(new Range(new Position(8, 42), new Position(8, 52)), "400")),
          a.getEdit().getChanges().get(uri));
      // Applying it fixes the model.
      TextEdit e = a.getEdit().getChanges().get(uri).get(0);
      lsp.change(uri, 2, e.getRange(), e.getNewText());
      assertEquals(List.of(), lsp.awaitDiagnostics(uri, p -> p.getVersion() == 2).getDiagnostics());
      // The old diagnostic's fix is for version 1: no action any more.
      var stale =
          lsp.server
              .getTextDocumentService()
              .codeAction(
                  new CodeActionParams(
                      new TextDocumentIdentifier(uri),
                      d.get(0).getRange(),
                      new CodeActionContext(d)))
              .get(60, TimeUnit.SECONDS);
      assertEquals(List.of(), stale);
    }
  }

  @Test
  void settingsFromInitializationOptionsAndDidChangeConfiguration() throws Exception {
    JsonObject options =
        JsonParser.parseString(
                "{\"shapesense\": {\"inlayHints\": {\"maxLength\": 9}, \"defaultBatchSymbol\": \"B\"}}")
            .getAsJsonObject();
    try (LspProcess lsp = LspProcess.started(List.of(), options)) {
      String uri = Fixtures.uri("Inferred");
      String text =
          Fixtures.model("Net")
              .replace("public class Net", "public class Inferred")
              .replace("@Dims(\"N, 3, 32, 32\") ", "");
      lsp.open(uri, 1, text);
      List<String> hints = Fixtures.show(lsp.hints(uri));
      assertTrue(hints.contains("13:48 [B, 6, H…"), hints.toString());
      assertTrue(hints.contains("19:24 [B, 16 *…"), hints.toString());
      int before = lsp.client.refreshes.get();
      lsp.server
          .getWorkspaceService()
          .didChangeConfiguration(
              new DidChangeConfigurationParams(
                  JsonParser.parseString(
                      "{\"shapesense\": {\"inlayHints\": {\"enabled\": false}}}")));
      lsp.client.await(() -> lsp.client.refreshes.get() > before ? true : null);
      assertEquals(List.of(), lsp.hints(uri));
      lsp.server
          .getWorkspaceService()
          .didChangeConfiguration(
              new DidChangeConfigurationParams(
                  JsonParser.parseString(
                      "{\"shapesense.inlayHints.enabled\": true, \"shapesense.inlayHints.maxLength\": 0}")));
      assertTrue(Fixtures.show(lsp.hints(uri)).contains("13:48 [B, 6, H - 4, W - 4]"));
    }
  }
}
