package dev.shapesense.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shapesense.analyzer.AnalysisOptions;
import dev.shapesense.analyzer.Analyzer;
import dev.shapesense.analyzer.FileAnalysis;
import dev.shapesense.analyzer.SourceFile;
import dev.shapesense.analyzer.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintKind;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;

/** Document sync, inlay hints and typing, against the real server process. */
class DocumentsIT {
  static final List<String> NET_HINTS =
      List.of(
          "13:48 [N, 6, 28, 28]",
          "13:50 [N, 6, 14, 14]",
          "16:48 [N, 16, 10, 10]",
          "16:50 [N, 16, 5, 5]",
          "19:24 [N, 400]",
          "21:33 [N, 120]",
          "21:34 [N, 120]",
          "24:33 [N, 84]",
          "24:34 [N, 84]",
          "27:29 [N, 10]");

  /**
   * A client that resolves tooltips (VS Code) gets the hints without them, then each tooltip on
   * request, the same text an LSP4IJ client gets inline.
   */
  @Test
  void aClientThatResolvesHintsGetsEachTooltipOnRequest() throws Exception {
    var caps = LspProcess.fullCapabilities();
    var td = new org.eclipse.lsp4j.TextDocumentClientCapabilities();
    var ih = new org.eclipse.lsp4j.InlayHintCapabilities(true);
    ih.setResolveSupport(
        new org.eclipse.lsp4j.InlayHintResolveSupportCapabilities(List.of("tooltip")));
    td.setInlayHint(ih);
    caps.setTextDocument(td);
    try (LspProcess lsp = LspProcess.started(List.of(), null, caps)) {
      assertEquals(
          true, lsp.init.getCapabilities().getInlayHintProvider().getRight().getResolveProvider());
      String uri = Fixtures.uri("Net");
      String text = Fixtures.model("Net");
      lsp.open(uri, 1, text);
      List<InlayHint> hints = lsp.hints(uri);
      assertEquals(sorted(NET_HINTS), sorted(Fixtures.show(hints)));
      assertEquals(List.of(), hints.stream().filter(h -> h.getTooltip() != null).toList());
      InlayHint conv1 =
          hints.stream()
              .filter(h -> h.getPosition().equals(new Position(13, 48)))
              .findFirst()
              .orElseThrow();
      InlayHint resolved =
          lsp.server.getTextDocumentService().resolveInlayHint(conv1).get(60, TimeUnit.SECONDS);
      assertEquals(
          "`conv1` `Conv2d(3, 6, kernel_size=(5, 5), stride=(1, 1))`\n\n"
              + "`[N, 3, 32, 32]` → `[N, 6, 28, 28]`\n\n"
              + "```text\nH_out = floor((H + 2p - d(k - 1) - 1) / s) + 1\n"
              + "W_out = floor((W + 2p - d(k - 1) - 1) / s) + 1\n```",
          resolved.getTooltip().getRight().getValue());
      assertEquals("[N, 6, 28, 28]", resolved.getLabel().getRight().get(0).getValue());
      InlayHint flatten =
          hints.stream()
              .filter(h -> h.getPosition().equals(new Position(19, 24)))
              .findFirst()
              .orElseThrow();
      assertEquals(
          "Shape: `[N, 400]`",
          lsp.server
              .getTextDocumentService()
              .resolveInlayHint(flatten)
              .get(60, TimeUnit.SECONDS)
              .getTooltip()
              .getRight()
              .getValue());
      // After an edit before it, the hint sent earlier names text that holds no hint: no tooltip.
      lsp.change(uri, 2, new Range(new Position(0, 0), new Position(0, 0)), "// moved\n");
      assertEquals(NET_HINTS.size(), lsp.hints(uri).size());
      InlayHint stale =
          lsp.server.getTextDocumentService().resolveInlayHint(conv1).get(60, TimeUnit.SECONDS);
      assertEquals(null, stale.getTooltip());
      assertEquals(0, lsp.shutdownAndExit());
    }
  }

  @Test
  void netShowsItsShapesWithTooltipsAndLinksToFields() throws Exception {
    try (LspProcess lsp = LspProcess.started(List.of(), null)) {
      String uri = Fixtures.uri("Net");
      lsp.open(uri, 1, Fixtures.model("Net"));
      List<InlayHint> hints = lsp.hints(uri);
      assertEquals(sorted(NET_HINTS), sorted(Fixtures.show(hints)));
      InlayHint conv1 =
          hints.stream()
              .filter(h -> h.getPosition().equals(new Position(13, 48)))
              .findFirst()
              .orElseThrow();
      assertEquals(InlayHintKind.Type, conv1.getKind());
      assertEquals(true, conv1.getPaddingLeft());
      assertEquals(
          "`conv1` `Conv2d(3, 6, kernel_size=(5, 5), stride=(1, 1))`\n\n"
              + "`[N, 3, 32, 32]` → `[N, 6, 28, 28]`\n\n"
              + "```text\nH_out = floor((H + 2p - d(k - 1) - 1) / s) + 1\n"
              + "W_out = floor((W + 2p - d(k - 1) - 1) / s) + 1\n```",
          conv1.getTooltip().getRight().getValue());
      Location link = conv1.getLabel().getRight().get(0).getLocation();
      assertEquals(uri, link.getUri());
      assertEquals(new Range(new Position(5, 25), new Position(5, 52)), link.getRange());
      InlayHint flatten =
          hints.stream()
              .filter(h -> h.getPosition().equals(new Position(19, 24)))
              .findFirst()
              .orElseThrow();
      assertEquals("Shape: `[N, 400]`", flatten.getTooltip().getRight().getValue());

      // Only the hints of the requested range.
      List<InlayHint> some =
          lsp.server
              .getTextDocumentService()
              .inlayHint(
                  new InlayHintParams(
                      new TextDocumentIdentifier(uri),
                      new Range(new Position(16, 0), new Position(20, 0))))
              .get(60, TimeUnit.SECONDS);
      assertEquals(
          List.of("16:48 [N, 16, 10, 10]", "16:50 [N, 16, 5, 5]", "19:24 [N, 400]"),
          sorted(Fixtures.show(some)));
      PublishDiagnosticsParams d = lsp.awaitDiagnostics(uri, p -> p.getVersion() == 1);
      assertEquals(List.of(), d.getDiagnostics());
      assertEquals(0, lsp.shutdownAndExit());
    }
  }

  /**
   * An edit of a constant field, re-parsed alone (the other members keep their trees and what the
   * analysis derived from them): the hint and its tooltip, worked out on request, follow it.
   */
  @Test
  void anEditedConstantFieldShowsInTheHintAndItsTooltip() throws Exception {
    String text =
        "import dev.shapesense.tensor.*;\nimport dev.shapesense.nn.*;\nimport dev.shapesense.nn.Module;\n\n"
            + "public class Width extends Module {\n"
            + "    private final int width = 16;\n"
            + "    private final Linear fc = new Linear(16, width);\n\n"
            + "    public Tensor forward(@Dims(\"N, 16\") Tensor x) {\n"
            + "        return fc.forward(x);\n"
            + "    }\n}\n";
    try (LspProcess lsp = LspProcess.started(List.of(), null)) {
      String uri = Fixtures.uri("Width");
      lsp.open(uri, 1, text);
      List<InlayHint> before = lsp.hints(uri);
      assertEquals(List.of("9:28 [N, 16]"), Fixtures.show(before));
      assertEquals(
          "`fc` `Linear(in_features=16, out_features=16, bias=True)`\n\n`[N, 16]` → `[N, 16]`\n\n```text\n[*, in_features] -> [*, out_features]\n```",
          before.get(0).getTooltip().getRight().getValue());
      Position at = new DocumentText(text).position(text.indexOf("16;"));
      lsp.change(uri, 2, new Range(at, new Position(at.getLine(), at.getCharacter() + 2)), "8");
      List<InlayHint> after = lsp.hints(uri);
      assertEquals(List.of("9:28 [N, 8]"), Fixtures.show(after));
      assertEquals(
          "`fc` `Linear(in_features=16, out_features=8, bias=True)`\n\n`[N, 16]` → `[N, 8]`\n\n```text\n[*, in_features] -> [*, out_features]\n```",
          after.get(0).getTooltip().getRight().getValue());
      assertEquals(0, lsp.shutdownAndExit());
    }
  }

  @Test
  void typingNetCharacterByCharacterEndsWithTheHintsOfAFreshAnalysis() throws Exception {
    try (LspProcess lsp = LspProcess.started(List.of(), null)) {
      String text = Fixtures.model("Net");
      String uri = Fixtures.uri("Typed");
      lsp.open(uri, 0, "");
      int line = 0;
      int col = 0;
      List<CompletableFuture<List<InlayHint>>> midway = new ArrayList<>();
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        Position at = new Position(line, col);
        lsp.change(uri, i + 1, new Range(at, at), String.valueOf(c));
        if (c == '\n') {
          line++;
          col = 0;
        } else {
          col++;
        }
        if (i % 40 == 0) {
          midway.add(lsp.hintsAsync(uri));
        }
      }
      for (var f : midway) {
        f.get(120, TimeUnit.SECONDS);
      }
      List<String> typed = sorted(Fixtures.show(lsp.hints(uri)));
      assertEquals(sorted(NET_HINTS), typed);
      String fresh = Fixtures.uri("Fresh");
      lsp.open(fresh, 1, text);
      assertEquals(typed, sorted(Fixtures.show(lsp.hints(fresh))));
      assertEquals(typed, inProcess(text));
      PublishDiagnosticsParams d = lsp.awaitDiagnostics(uri, p -> p.getVersion() == text.length());
      assertEquals(List.of(), d.getDiagnostics());
      Thread.sleep(3 * Server.DEBOUNCE_MS);
      assertEquals(text.length(), lsp.client.latest.get(uri).getVersion());
    }
  }

  /** The hints the analyzer gives for {@code text}, positioned as the server positions them. */
  static List<String> inProcess(String text) {
    String path = "Fresh.java";
    FileAnalysis fa =
        Analyzer.analyzeFile(
            Workspace.of(List.of(new SourceFile(path, text))), path, AnalysisOptions.DEFAULT);
    DocumentText t = new DocumentText(text);
    List<String> out = new ArrayList<>();
    for (var h : fa.hints()) {
      Position p = t.position(h.range().end());
      out.add(p.getLine() + ":" + p.getCharacter() + " " + h.label());
    }
    return sorted(out);
  }

  @Test
  void diagnosticsFollowVersionsAndClearWhenFixedOrClosed() throws Exception {
    try (LspProcess lsp = LspProcess.started(List.of(), null)) {
      String uri = Fixtures.uri("BuggyNet");
      String text = Fixtures.model("BuggyNet");
      lsp.open(uri, 1, text);
      PublishDiagnosticsParams d = lsp.awaitDiagnostics(uri, p -> p.getVersion() == 1);
      assertEquals(1, d.getDiagnostics().size());
      var diag = d.getDiagnostics().get(0);
      assertEquals(
          "mat1 and mat2 shapes cannot be multiplied (Nx400 and 256x120)", diag.getMessage());
      assertEquals("shapesense", diag.getSource());
      assertEquals("shape/linear-in-features", diag.getCode().getLeft());
      assertEquals(new Range(new Position(22, 19), new Position(22, 33)), diag.getRange());
      // Replace "16 * 4 * 4" (line 8) with "400", in two incremental edits.
      lsp.change(uri, 2, new Range(new Position(8, 42), new Position(8, 52)), "4");
      lsp.change(uri, 3, new Range(new Position(8, 43), new Position(8, 43)), "00");
      d = lsp.awaitDiagnostics(uri, p -> p.getVersion() == 3);
      assertEquals(List.of(), d.getDiagnostics());
      Thread.sleep(3 * Server.DEBOUNCE_MS);
      assertEquals(3, lsp.client.latest.get(uri).getVersion());
      assertEquals(List.of(), lsp.client.latest.get(uri).getDiagnostics());
      lsp.server
          .getTextDocumentService()
          .didSave(new DidSaveTextDocumentParams(new TextDocumentIdentifier(uri)));
      lsp.server
          .getTextDocumentService()
          .didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
      d = lsp.awaitDiagnostics(uri, p -> p.getVersion() == null);
      assertEquals(List.of(), d.getDiagnostics());
      assertEquals(0, lsp.shutdownAndExit());
    }
  }

  static List<String> sorted(List<String> l) {
    return l.stream().sorted().toList();
  }
}
