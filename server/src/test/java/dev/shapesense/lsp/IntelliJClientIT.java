package dev.shapesense.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientInfo;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CodeActionTriggerKind;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintLabelPart;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PositionEncodingKind;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What IntelliJ with LSP4IJ sends that VS Code does not, against the real server: the command
 * without {@code --clientProcessId}, LSP4IJ's client capabilities (no {@code inlayHint/resolve}),
 * {@code initializationOptions} followed at once by a {@code workspace/didChangeConfiguration}
 * holding the whole settings object (or {@code {}} when there are none), inlay hints requested for
 * the whole document with IntelliJ's end position, quick fixes requested one diagnostic at a time
 * with {@code only: [quickfix]}, intention requests at the caret without diagnostics, and a pending
 * hint request cancelled on every keystroke. Read from LSP4IJ's sources ({@code
 * LanguageServerWrapper}, {@code ClientCapabilitiesFactory}, {@code LSPInlayHintsProvider}, {@code
 * LSPLazyCodeActions}, {@code UserDefinedLanguageClient}).
 */
class IntelliJClientIT {
  @TempDir static Path project;
  static String net;
  static String buggy;

  @BeforeAll
  static void userProject() throws Exception {
    for (String name : List.of("Net", "BuggyNet")) {
      Files.writeString(project.resolve(name + ".java"), Fixtures.model(name));
    }
    net = project.resolve("Net.java").toUri().toString();
    buggy = project.resolve("BuggyNet.java").toUri().toString();
  }

  /** The server as LSP4IJ starts it and the handshake as LSP4IJ performs it. */
  private static LspProcess startAsLsp4ij(Object initializationOptions, JsonObject settings)
      throws Exception {
    LspProcess lsp = LspProcess.start("--stdio");
    InitializeParams params = new InitializeParams();
    params.setProcessId((int) ProcessHandle.current().pid());
    params.setRootUri(project.toUri().toString());
    params.setRootPath(project.toString());
    params.setWorkspaceFolders(List.of(new WorkspaceFolder(project.toUri().toString(), "project")));
    params.setInitializationOptions(initializationOptions);
    params.setCapabilities(Lsp4ijCapabilities.create());
    params.setClientInfo(new ClientInfo("IntelliJ IDEA", "2025.2"));
    params.setTrace("off");
    lsp.init = lsp.server.initialize(params).get(60, TimeUnit.SECONDS);
    lsp.server.initialized(new InitializedParams());
    // UserDefinedLanguageClient sends the settings as soon as the server counts as started.
    lsp.server
        .getWorkspaceService()
        .didChangeConfiguration(new DidChangeConfigurationParams(settings));
    return lsp;
  }

  private static JsonObject json(String text) {
    return JsonParser.parseString(text).getAsJsonObject();
  }

  /** The range of every LSP4IJ inlay hint request: offset 0 to the document's end. */
  private static Range wholeDocument(String text) {
    int line = (int) text.chars().filter(c -> c == '\n').count();
    return new Range(
        new Position(0, 0), new Position(line, text.length() - (text.lastIndexOf('\n') + 1)));
  }

  private static CompletableFuture<List<InlayHint>> hints(LspProcess lsp, String uri, String text) {
    return lsp.server
        .getTextDocumentService()
        .inlayHint(new InlayHintParams(new TextDocumentIdentifier(uri), wholeDocument(text)));
  }

  /** Labels by line, left to right, as LSP4IJ renders them without resolving: parts joined. */
  private static Map<Integer, List<String>> byLine(List<InlayHint> hints) {
    Map<Integer, List<String>> result = new TreeMap<>();
    List<InlayHint> sorted = new ArrayList<>(hints);
    sorted.sort(
        Comparator.comparing((InlayHint h) -> h.getPosition().getLine())
            .thenComparing(h -> h.getPosition().getCharacter()));
    for (InlayHint h : sorted) {
      String label =
          h.getLabel().isLeft()
              ? h.getLabel().getLeft()
              : String.join(
                  "", h.getLabel().getRight().stream().map(InlayHintLabelPart::getValue).toList());
      result.computeIfAbsent(h.getPosition().getLine(), k -> new ArrayList<>()).add(label);
    }
    return result;
  }

  private static final Map<Integer, List<String>> NET =
      Map.of(
          13, List.of("[N, 6, 28, 28]", "[N, 6, 14, 14]"),
          16, List.of("[N, 16, 10, 10]", "[N, 16, 5, 5]"),
          19, List.of("[N, 400]"),
          21, List.of("[N, 120]", "[N, 120]"),
          24, List.of("[N, 84]", "[N, 84]"),
          27, List.of("[N, 10]"));

  @Test
  void handshakeWithoutClientProcessIdAndNoResolveNeeded() throws Exception {
    try (LspProcess lsp = startAsLsp4ij(null, new JsonObject())) {
      var caps = lsp.init.getCapabilities();
      // LSP4IJ never calls inlayHint/resolve: a server that relied on it would show less in
      // IntelliJ.
      var hintProvider = caps.getInlayHintProvider();
      assertTrue(
          hintProvider.isLeft()
              ? hintProvider.getLeft()
              : !Boolean.TRUE.equals(hintProvider.getRight().getResolveProvider()),
          "inlay hints without resolve: " + hintProvider);
      // LSP4IJ offers UTF-16 positions only.
      assertTrue(
          caps.getPositionEncoding() == null
              || PositionEncodingKind.UTF16.equals(caps.getPositionEncoding()));
      assertEquals(0, lsp.shutdownAndExit());
    }
  }

  @Test
  void hintsForTheWholeDocumentComeCompleteWithoutResolve() throws Exception {
    String text = Fixtures.model("Net");
    try (LspProcess lsp = startAsLsp4ij(null, new JsonObject())) {
      lsp.open(net, 1, text);
      List<InlayHint> hints = hints(lsp, net, text).get(60, TimeUnit.SECONDS);
      assertEquals(NET, byLine(hints));
      for (InlayHint h : hints) {
        assertNotEquals(null, h.getPosition(), h.toString());
        assertNotEquals(null, h.getKind(), h.toString());
      }
    }
  }

  @Test
  void settingsFromInitializationOptionsThenTheWholeSettingsObject() throws Exception {
    String text = Fixtures.model("Net");
    JsonObject off =
        json(
            "{\"shapesense\": {\"inlayHints\": {\"enabled\": false, \"maxLength\": 0}, \"defaultBatchSymbol\": \"N\"}}");
    try (LspProcess lsp = startAsLsp4ij(off, off)) {
      lsp.open(net, 1, text);
      assertEquals(List.of(), hints(lsp, net, text).get(60, TimeUnit.SECONDS));
      // A user-defined server whose settings are empty gets {}: nothing changes.
      lsp.server
          .getWorkspaceService()
          .didChangeConfiguration(new DidChangeConfigurationParams(new JsonObject()));
      assertEquals(List.of(), hints(lsp, net, text).get(60, TimeUnit.SECONDS));
      int refreshes = lsp.client.refreshes.get();
      lsp.server
          .getWorkspaceService()
          .didChangeConfiguration(
              new DidChangeConfigurationParams(
                  json(
                      "{\"shapesense\": {\"inlayHints\": {\"enabled\": true, \"maxLength\": 0}, \"defaultBatchSymbol\": \"N\"}}")));
      lsp.client.await(() -> lsp.client.refreshes.get() > refreshes ? true : null);
      assertEquals(NET, byLine(hints(lsp, net, text).get(60, TimeUnit.SECONDS)));
    }
  }

  @Test
  void quickFixesOneDiagnosticAtATimeAndIntentionsAtTheCaret() throws Exception {
    String text = Fixtures.model("BuggyNet");
    try (LspProcess lsp = startAsLsp4ij(null, new JsonObject())) {
      lsp.open(buggy, 1, text);
      Diagnostic d =
          lsp.awaitDiagnostics(buggy, p -> !p.getDiagnostics().isEmpty()).getDiagnostics().get(0);
      assertEquals("shape/linear-in-features", d.getCode().getLeft());

      CodeActionContext quickFix = new CodeActionContext(List.of(d));
      quickFix.setOnly(List.of(CodeActionKind.QuickFix));
      quickFix.setTriggerKind(CodeActionTriggerKind.Automatic);
      var actions =
          lsp.server
              .getTextDocumentService()
              .codeAction(
                  new CodeActionParams(new TextDocumentIdentifier(buggy), d.getRange(), quickFix))
              .get(60, TimeUnit.SECONDS);
      assertEquals(1, actions.size(), actions.toString());
      CodeAction fix = actions.get(0).getRight();
      assertEquals(CodeActionKind.QuickFix, fix.getKind());
      assertEquals("400", fix.getEdit().getChanges().get(buggy).get(0).getNewText());

      // IntelliJ's intentions ask at the caret with no diagnostic; quick fixes are not repeated
      // there.
      Position caret =
          new Position(
              d.getRange().getStart().getLine(), d.getRange().getStart().getCharacter() + 2);
      CodeActionContext intention = new CodeActionContext(List.of());
      intention.setTriggerKind(CodeActionTriggerKind.Invoked);
      assertEquals(
          List.of(),
          lsp.server
              .getTextDocumentService()
              .codeAction(
                  new CodeActionParams(
                      new TextDocumentIdentifier(buggy), new Range(caret, caret), intention))
              .get(60, TimeUnit.SECONDS));
    }
  }

  @Test
  void aHintRequestCancelledByTypingLeavesTheServerAnswering() throws Exception {
    String text = Fixtures.model("Net");
    try (LspProcess lsp = startAsLsp4ij(null, new JsonObject())) {
      lsp.open(net, 1, text);
      CompletableFuture<List<InlayHint>> pending = hints(lsp, net, text);
      pending.cancel(true);
      // The keystroke: a comment line typed at the top moves every hint one line down.
      lsp.change(net, 2, new Range(new Position(0, 0), new Position(0, 0)), "// typed\n");
      String typed = "// typed\n" + text;
      Map<Integer, List<String>> shifted = new TreeMap<>();
      NET.forEach((line, labels) -> shifted.put(line + 1, labels));
      assertEquals(shifted, byLine(hints(lsp, net, typed).get(60, TimeUnit.SECONDS)));
      try {
        pending.get(60, TimeUnit.SECONDS);
      } catch (CancellationException | ExecutionException expected) {
        // Cancelled on the client side, whatever the server had done with it.
      }
      assertTrue(pending.isCancelled());
      assertEquals(0, lsp.shutdownAndExit());
    }
  }
}
