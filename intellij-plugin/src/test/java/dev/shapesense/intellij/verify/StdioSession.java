package dev.shapesense.intellij.verify;

import com.google.gson.JsonObject;
import dev.shapesense.lsp.Lsp4ijCapabilities;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientInfo;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * One server process driven the way LSP4IJ drives it: the command as given (LSP4IJ appends no
 * argument of its own), {@code initialize} with LSP4IJ's capabilities and the IDE's process id,
 * {@code initialized}, then {@code workspace/didChangeConfiguration} with the settings once the
 * server counts as started. The server's stderr and a trace of the messages go to files under
 * {@code target/}.
 */
final class StdioSession implements AutoCloseable {
  static final long TIMEOUT_SECONDS = 60;

  final Process process;
  final LanguageServer server;
  final Lsp4ijClient client = new Lsp4ijClient();
  final InitializeResult initialized;
  final Path stderr;

  /** Every message both ways, in LSP4J's trace format, for reading after a failure. */
  final Path trace;

  private StdioSession(
      List<String> command, Path projectRoot, Object initializationOptions, JsonObject settings)
      throws Exception {
    Files.createDirectories(Path.of("target"));
    stderr = Files.createTempFile(Path.of("target").toAbsolutePath(), "server-", ".stderr.txt");
    trace = Path.of(stderr.toString().replace(".stderr.txt", ".trace.txt"));
    process =
        new ProcessBuilder(command)
            .directory(projectRoot.toFile())
            .redirectError(stderr.toFile())
            .start();
    client.settings(settings);
    Launcher<LanguageServer> launcher =
        LSPLauncher.createClientLauncher(
            client,
            process.getInputStream(),
            process.getOutputStream(),
            false,
            new PrintWriter(Files.newBufferedWriter(trace), true));
    launcher.startListening();
    server = launcher.getRemoteProxy();

    InitializeParams params = new InitializeParams();
    params.setProcessId((int) ProcessHandle.current().pid());
    String rootUri = projectRoot.toUri().toString();
    params.setRootUri(rootUri);
    params.setRootPath(projectRoot.toString());
    params.setWorkspaceFolders(
        List.of(new WorkspaceFolder(rootUri, projectRoot.getFileName().toString())));
    params.setInitializationOptions(initializationOptions);
    params.setCapabilities(Lsp4ijCapabilities.create());
    params.setClientInfo(new ClientInfo("IntelliJ IDEA", "2025.2 (build IC-252)"));
    params.setTrace("off");
    initialized = server.initialize(params).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    server.initialized(new InitializedParams());
    server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(settings));
  }

  static StdioSession start(
      List<String> command, Path projectRoot, Object initializationOptions, JsonObject settings)
      throws Exception {
    return new StdioSession(command, projectRoot, initializationOptions, settings);
  }

  String open(Path file) throws IOException {
    String uri = file.toUri().toString();
    String text = Files.readString(file, StandardCharsets.UTF_8);
    server
        .getTextDocumentService()
        .didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "java", 0, text)));
    return uri;
  }

  /** The settings change as LSP4IJ sends it: the whole settings object. */
  void changeSettings(JsonObject settings) {
    client.settings(settings);
    server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(settings));
  }

  List<InlayHint> inlayHints(String uri, Range range) throws Exception {
    return server
        .getTextDocumentService()
        .inlayHint(new InlayHintParams(new TextDocumentIdentifier(uri), range))
        .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
  }

  /**
   * The range LSP4IJ puts in every {@code textDocument/inlayHint}: from the start of the document
   * to its end offset as IntelliJ's document converts it (the line after the last line break).
   */
  static Range wholeDocument(String text) {
    int line = 0;
    int lineStart = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new Range(new Position(0, 0), new Position(line, text.length() - lineStart));
  }

  String stderrText() throws IOException {
    return Files.readString(stderr);
  }

  /** Shuts the server down as LSP4IJ does and returns its exit code. */
  int shutdown() throws Exception {
    server.shutdown().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    server.exit();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      throw new AssertionError("the server did not exit after shutdown and exit");
    }
    return process.exitValue();
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroyForcibly();
    }
  }
}
