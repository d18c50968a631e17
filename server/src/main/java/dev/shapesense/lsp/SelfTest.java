package dev.shapesense.lsp;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * {@code shapesense server --self-test}: one editor session against this server in the same
 * process, over piped streams and real JSON-RPC (initialize, open the {@link WarmUp} model, its
 * diagnostics, inlay hints and a hover, shutdown), checking the hints. It tells a user whether the
 * server works with their Java, and it is the run editors use to write a class-data-sharing archive
 * of what a server session loads (its start-up then takes about a third less).
 */
public final class SelfTest {
  private SelfTest() {}

  static final List<String> HINTS =
      List.of("[N, 6, 14, 14]", "[N, 6, 28, 28]", "[N, 1176]", "[N, 10]");
  private static final String URI = "file:///shapesense-self-test/WarmUp.java";

  /** Runs the session; 0 when every answer is right, else 1 with the reason on {@code err}. */
  public static int run(PrintStream out, PrintStream err) {
    try {
      PipedInputStream serverIn = new PipedInputStream(1 << 16);
      PipedOutputStream toServer = new PipedOutputStream(serverIn);
      PipedInputStream clientIn = new PipedInputStream(1 << 16);
      PipedOutputStream toClient = new PipedOutputStream(clientIn);
      Server server = new Server(code -> {});
      Launcher<LanguageClient> serverSide =
          LSPLauncher.createServerLauncher(server, serverIn, toClient);
      server.connect(serverSide.getRemoteProxy());
      serverSide.startListening();
      Client client = new Client();
      Launcher<LanguageServer> clientSide =
          LSPLauncher.createClientLauncher(client, clientIn, toServer);
      clientSide.startListening();
      String problem = session(clientSide.getRemoteProxy(), client);
      if (problem != null) {
        err.println("shapesense: self-test failed: " + problem);
        return 1;
      }
      out.println(
          "shapesense: self-test passed (initialize, diagnostics, "
              + HINTS.size()
              + " inlay hints, hover, shutdown)");
      return 0;
    } catch (IOException | RuntimeException e) {
      err.println("shapesense: self-test failed: " + e);
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    } catch (java.util.concurrent.ExecutionException e) {
      err.println("shapesense: self-test failed: " + e.getCause());
      return 1;
    } catch (java.util.concurrent.TimeoutException e) {
      err.println("shapesense: self-test failed: the server did not answer within 60 s");
      return 1;
    }
  }

  /** The session; null when every answer is right, else what was wrong. */
  private static String session(LanguageServer server, Client client)
      throws InterruptedException,
          java.util.concurrent.ExecutionException,
          java.util.concurrent.TimeoutException {
    InitializeParams init = new InitializeParams();
    init.setCapabilities(new ClientCapabilities());
    server.initialize(init).get(60, TimeUnit.SECONDS);
    server.initialized(new InitializedParams());
    server
        .getTextDocumentService()
        .didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(URI, "java", 1, WarmUp.MODEL)));
    PublishDiagnosticsParams diagnostics = client.diagnostics.get(60, TimeUnit.SECONDS);
    if (!diagnostics.getDiagnostics().isEmpty()) {
      return "diagnostics on a valid model: " + diagnostics.getDiagnostics();
    }
    TextDocumentIdentifier doc = new TextDocumentIdentifier(URI);
    List<InlayHint> hints =
        server
            .getTextDocumentService()
            .inlayHint(
                new InlayHintParams(doc, new Range(new Position(0, 0), new Position(100, 0))))
            .get(60, TimeUnit.SECONDS);
    List<String> labels =
        hints.stream()
            .map(
                h ->
                    h.getLabel().isLeft()
                        ? h.getLabel().getLeft()
                        : labelOf(h.getLabel().getRight()))
            .map(String::strip)
            .toList();
    if (!labels.equals(HINTS)) {
      return "inlay hints " + labels + ", expected " + HINTS;
    }
    int line = (int) WarmUp.MODEL.lines().takeWhile(l -> !l.contains("fc.forward")).count();
    int column = WarmUp.MODEL.lines().skip(line).findFirst().orElse("").indexOf("fc.forward");
    Hover hover =
        server
            .getTextDocumentService()
            .hover(new HoverParams(doc, new Position(line, column)))
            .get(60, TimeUnit.SECONDS);
    if (hover == null
        || !hover.getContents().isRight()
        || !hover.getContents().getRight().getValue().contains("[N, 10]")) {
      return "hover on fc.forward without its output shape: " + hover;
    }
    server.shutdown().get(60, TimeUnit.SECONDS);
    return null;
  }

  private static String labelOf(List<org.eclipse.lsp4j.InlayHintLabelPart> parts) {
    StringBuilder sb = new StringBuilder();
    for (var p : parts) {
      sb.append(p.getValue());
    }
    return sb.toString();
  }

  /** The editor's side: takes the first diagnostics; ignores the rest. */
  private static final class Client implements LanguageClient {
    final CompletableFuture<PublishDiagnosticsParams> diagnostics = new CompletableFuture<>();

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams p) {
      diagnostics.complete(p);
    }

    @Override
    public void telemetryEvent(Object object) {}

    @Override
    public void showMessage(MessageParams p) {}

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams p) {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams p) {}

    @Override
    public CompletableFuture<Void> refreshInlayHints() {
      return CompletableFuture.completedFuture(null);
    }
  }
}
