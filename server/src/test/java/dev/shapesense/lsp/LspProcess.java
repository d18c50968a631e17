package dev.shapesense.lsp;

import com.google.gson.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesCapabilities;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.InlayHintWorkspaceCapabilities;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WindowClientCapabilities;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;

/**
 * The real {@code shapesense.jar} started as {@code shapesense server --stdio} and driven by
 * LSP4J's launcher in client mode over the process's stdin/stdout. {@link #raw} writes bytes
 * between messages (for malformed input).
 */
final class LspProcess implements AutoCloseable {
  final Process process;
  final ShapeSenseServer server;
  final org.eclipse.lsp4j.jsonrpc.RemoteEndpoint remote;
  final RecordingClient client = new RecordingClient();
  private final AtomicOut out;
  InitializeResult init;

  /** Buffers each message and writes it whole on flush, so raw bytes never split one. */
  static final class AtomicOut extends OutputStream {
    private final OutputStream target;
    private final ByteArrayOutputStream buf = new ByteArrayOutputStream();

    AtomicOut(OutputStream target) {
      this.target = target;
    }

    @Override
    public synchronized void write(int b) {
      buf.write(b);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
      buf.write(b, off, len);
    }

    @Override
    public synchronized void flush() throws IOException {
      target.write(buf.toByteArray());
      buf.reset();
      target.flush();
    }

    synchronized void raw(byte[] bytes) throws IOException {
      flush();
      target.write(bytes);
      target.flush();
    }

    @Override
    public synchronized void close() throws IOException {
      flush();
      target.close();
    }
  }

  private LspProcess(Process process) {
    this.process = process;
    this.out = new AtomicOut(process.getOutputStream());
    Launcher<ShapeSenseServer> l =
        new LSPLauncher.Builder<ShapeSenseServer>()
            .setLocalService(client)
            .setRemoteInterface(ShapeSenseServer.class)
            .setInput(process.getInputStream())
            .setOutput(out)
            .create();
    l.startListening();
    this.server = l.getRemoteProxy();
    this.remote = l.getRemoteEndpoint();
  }

  static Path jar() {
    String jar = System.getProperty("shapesense.jar");
    return jar != null ? Path.of(jar) : root().resolve("server/target/shapesense.jar");
  }

  static Path root() {
    String p = System.getProperty("shapesense.root");
    if (p != null && Files.isDirectory(Path.of(p, "testdata"))) {
      return Path.of(p);
    }
    Path d = Path.of("").toAbsolutePath();
    while (d != null && !Files.isDirectory(d.resolve("testdata"))) {
      d = d.getParent();
    }
    return d;
  }

  /** Starts the server process with extra command line arguments. */
  static LspProcess start(String... extraArgs) throws IOException {
    // JVM options of the server, as an editor would pass them (the benchmark compares them).
    String jvm = System.getProperty("shapesense.jvmArgs", "").trim();
    return startWith(jvm.isEmpty() ? List.of() : List.of(jvm.split("\\s+")), extraArgs);
  }

  /** Starts the server process with these JVM options and extra command line arguments. */
  static LspProcess startWith(List<String> jvmArgs, String... extraArgs) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvmArgs);
    cmd.add("-jar");
    cmd.add(jar().toString());
    cmd.add("server");
    cmd.addAll(List.of(extraArgs));
    return startCommand(cmd);
  }

  /** Starts the server with this whole command line (a launcher script, an editor's command). */
  static LspProcess startCommand(List<String> cmd) throws IOException {
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    return new LspProcess(p);
  }

  /**
   * Client capabilities of a full editor: progress, hint refresh, watched files, and ShapeSense's
   * {@code shapesense/status} notification (as the VS Code extension says it handles it).
   */
  static ClientCapabilities fullCapabilities() {
    ClientCapabilities caps = new ClientCapabilities();
    JsonObject experimental = new JsonObject();
    experimental.addProperty("shapesense/status", true);
    caps.setExperimental(experimental);
    WindowClientCapabilities window = new WindowClientCapabilities();
    window.setWorkDoneProgress(true);
    caps.setWindow(window);
    WorkspaceClientCapabilities ws = new WorkspaceClientCapabilities();
    ws.setInlayHint(new InlayHintWorkspaceCapabilities(true));
    ws.setDidChangeWatchedFiles(new DidChangeWatchedFilesCapabilities(true));
    ws.setWorkspaceFolders(true);
    caps.setWorkspace(ws);
    return caps;
  }

  /** Starts, initializes (with these folders and options) and sends {@code initialized}. */
  static LspProcess started(List<Path> folders, JsonObject options) throws Exception {
    return started(folders, options, fullCapabilities());
  }

  /** As {@link #started(List, JsonObject)}, for a client with these capabilities. */
  static LspProcess started(List<Path> folders, JsonObject options, ClientCapabilities caps)
      throws Exception {
    LspProcess lsp = start("--stdio", "--clientProcessId=" + ProcessHandle.current().pid());
    InitializeParams params = new InitializeParams();
    params.setProcessId((int) ProcessHandle.current().pid());
    params.setCapabilities(caps);
    params.setInitializationOptions(options);
    List<WorkspaceFolder> wf = new ArrayList<>();
    for (Path f : folders) {
      wf.add(new WorkspaceFolder(f.toUri().toString(), f.getFileName().toString()));
    }
    params.setWorkspaceFolders(wf);
    lsp.init = lsp.server.initialize(params).get(60, TimeUnit.SECONDS);
    lsp.server.initialized(new InitializedParams());
    return lsp;
  }

  void raw(String s) throws IOException {
    out.raw(s.getBytes(StandardCharsets.UTF_8));
  }

  void open(String uri, int version, String text) {
    server
        .getTextDocumentService()
        .didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "java", version, text)));
  }

  void change(String uri, int version, Range range, String text) {
    TextDocumentContentChangeEvent e = new TextDocumentContentChangeEvent(range, text);
    server
        .getTextDocumentService()
        .didChange(
            new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version), List.of(e)));
  }

  List<InlayHint> hints(String uri) throws Exception {
    return hintsAsync(uri).get(60, TimeUnit.SECONDS);
  }

  CompletableFuture<List<InlayHint>> hintsAsync(String uri) {
    return hintsAsync(uri, 0, 100_000);
  }

  /** The hints of lines {@code from} to {@code to} (excluded), as an editor asks for its view. */
  List<InlayHint> hints(String uri, int from, int to) throws Exception {
    return hintsAsync(uri, from, to).get(60, TimeUnit.SECONDS);
  }

  private CompletableFuture<List<InlayHint>> hintsAsync(String uri, int from, int to) {
    return server
        .getTextDocumentService()
        .inlayHint(
            new InlayHintParams(
                new TextDocumentIdentifier(uri),
                new Range(new Position(from, 0), new Position(to, 0))));
  }

  /** Waits for the latest diagnostics of {@code uri} to satisfy {@code done}. */
  PublishDiagnosticsParams awaitDiagnostics(String uri, Predicate<PublishDiagnosticsParams> done)
      throws InterruptedException {
    return client.await(
        () -> {
          PublishDiagnosticsParams p = client.latest.get(uri);
          return p != null && done.test(p) ? p : null;
        });
  }

  /** Shutdown, exit, and the process's exit status. */
  int shutdownAndExit() throws Exception {
    server.shutdown().get(30, TimeUnit.SECONDS);
    server.exit();
    return waitFor();
  }

  int waitFor() throws InterruptedException {
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("server did not exit");
    }
    return process.exitValue();
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
