package dev.shapesense.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.shapesense.analyzer.FileAnalysis;
import dev.shapesense.analyzer.Stacks;
import dev.shapesense.cli.ProjectConfig;
import dev.shapesense.cli.Version;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.InlayHintRegistrationOptions;
import org.eclipse.lsp4j.LogTraceParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.SetTraceParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.TraceValue;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceFoldersOptions;
import org.eclipse.lsp4j.WorkspaceServerCapabilities;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * The ShapeSense language server: lifecycle, settings and workspace events; documents are served by
 * {@link Documents}. Notifications change state in arrival order on the JSON-RPC thread (cheap text
 * edits); analysis runs on the request pool, the debounced publisher and the indexer. {@code exit}
 * ends the process through {@code exit}: 0 after {@code shutdown}, else 1.
 */
public final class Server implements ShapeSenseServer, LanguageClientAware, WorkspaceService {
  static final long DEBOUNCE_MS = 75;

  /**
   * The server's version (the build's), as {@code initialize} and {@code shapesense/status} tell
   * it.
   */
  static final String VERSION = Version.get();

  /**
   * The key of {@code capabilities.experimental} by which a client says it handles {@code
   * shapesense/status} (the VS Code extension does); other clients (LSP4IJ, vim's) are not sent it,
   * as LSP4J's log would call each one an unsupported method.
   */
  static final String STATUS_CAPABILITY = "shapesense/status";

  final ProjectConfigs configs = new ProjectConfigs(this::configRead);
  final Session session =
      new Session(
          new Session.Listener() {
            @Override
            public void analysis(String path, boolean running) {
              analysisState(path, running);
            }

            @Override
            public void analysed(String path, long nanos, FileAnalysis result) {
              traceAnalysis(path, nanos, result);
            }
          },
          configs,
          this::log);
  final ExecutorService requests = Executors.newFixedThreadPool(2, daemon("shapesense-request"));
  private final ScheduledExecutorService scheduler =
      Executors.newSingleThreadScheduledExecutor(daemon("shapesense-diagnostics"));
  final Publisher publisher = new Publisher(session, this, scheduler, DEBOUNCE_MS);
  private final Indexer indexer = new Indexer(this);
  private final Documents documents = new Documents(this);
  private final IntConsumer exit;
  private volatile LanguageClient client;
  private volatile ClientCapabilities capabilities = new ClientCapabilities();
  private volatile boolean statusNotifications;
  private volatile boolean shutdown;

  /** The client's trace setting ({@code initialize}'s {@code trace}, then {@code $/setTrace}). */
  private volatile String trace = TraceValue.Off;

  private final List<Path> roots = new ArrayList<>();

  public Server(IntConsumer exit) {
    this.exit = exit;
  }

  @Override
  public void connect(LanguageClient client) {
    this.client = client;
  }

  Indexer indexer() {
    return indexer;
  }

  LanguageClient client() {
    return client;
  }

  ClientCapabilities capabilities() {
    return capabilities;
  }

  /**
   * Whether hints go without their tooltips, which the client then asks for one by one: only when
   * it says it resolves a hint's tooltip (VS Code does; LSP4IJ does not, so its hints come whole).
   */
  boolean lazyTooltips() {
    var td = capabilities.getTextDocument();
    var ih = td == null ? null : td.getInlayHint();
    var rs = ih == null ? null : ih.getResolveSupport();
    return rs != null && rs.getProperties() != null && rs.getProperties().contains("tooltip");
  }

  @Override
  public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
    if (params.getCapabilities() != null) {
      capabilities = params.getCapabilities();
    }
    statusNotifications = wantsStatus(capabilities);
    if (params.getTrace() != null) {
      trace = params.getTrace();
    }
    if (params.getInitializationOptions() instanceof JsonElement options) {
      session.edit(s -> s.withSettings(s.settings.merge(options)));
    }
    if (params.getWorkspaceFolders() != null) {
      for (WorkspaceFolder f : params.getWorkspaceFolders()) {
        addRoot(f.getUri());
      }
    } else if (params.getRootUri() != null) {
      addRoot(params.getRootUri());
    }
    if (params.getProcessId() != null) {
      ProcessHandle.of(params.getProcessId())
          .ifPresent(p -> p.onExit().thenRun(() -> exit.accept(1)));
    }
    ServerCapabilities caps = new ServerCapabilities();
    TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
    sync.setOpenClose(true);
    sync.setChange(TextDocumentSyncKind.Incremental);
    sync.setSave(new SaveOptions(false));
    caps.setTextDocumentSync(sync);
    if (lazyTooltips()) {
      // Only to a client that resolves tooltips: to another, hints come whole (LSP4IJ).
      InlayHintRegistrationOptions hints = new InlayHintRegistrationOptions();
      hints.setResolveProvider(true);
      caps.setInlayHintProvider(Either.forRight(hints));
    } else {
      caps.setInlayHintProvider(true);
    }
    caps.setHoverProvider(true);
    caps.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix)));
    WorkspaceFoldersOptions folders = new WorkspaceFoldersOptions();
    folders.setSupported(true);
    folders.setChangeNotifications(true);
    caps.setWorkspace(new WorkspaceServerCapabilities(folders));
    return CompletableFuture.completedFuture(
        new InitializeResult(caps, new ServerInfo("shapesense", VERSION)));
  }

  private void addRoot(String uri) {
    try {
      synchronized (roots) {
        roots.add(Path.of(java.net.URI.create(uri)));
      }
    } catch (RuntimeException e) {
      log("ignoring workspace folder " + uri + ": " + e.getMessage());
    }
  }

  @Override
  public void initialized(InitializedParams params) {
    var ws = capabilities.getWorkspace();
    if (ws != null
        && ws.getDidChangeWatchedFiles() != null
        && Boolean.TRUE.equals(ws.getDidChangeWatchedFiles().getDynamicRegistration())) {
      var options =
          new DidChangeWatchedFilesRegistrationOptions(
              List.of(
                  new FileSystemWatcher(Either.forLeft("**/*.java")),
                  new FileSystemWatcher(Either.forLeft("**/" + ProjectConfig.FILE_NAME))));
      client.registerCapability(
          new RegistrationParams(
              List.of(
                  new Registration(
                      "shapesense-watch", "workspace/didChangeWatchedFiles", options))));
    }
    List<Path> start;
    synchronized (roots) {
      start = List.copyOf(roots);
    }
    indexer.index(start);
  }

  @Override
  public CompletableFuture<Object> shutdown() {
    shutdown = true;
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void exit() {
    exit.accept(exitCode());
  }

  /** The exit status the process should end with now: 0 after shutdown, else 1. */
  public int exitCode() {
    return shutdown ? 0 : 1;
  }

  @Override
  public TextDocumentService getTextDocumentService() {
    return documents;
  }

  @Override
  public WorkspaceService getWorkspaceService() {
    return this;
  }

  @Override
  public void didChangeConfiguration(DidChangeConfigurationParams params) {
    if (!(params.getSettings() instanceof JsonElement json)) {
      return;
    }
    Settings before = session.snapshot().settings;
    Snapshot s = session.edit(x -> x.withSettings(x.settings.merge(json)));
    if (!s.settings.equals(before)) {
      publisher.scheduleAll();
      refreshHints();
    }
  }

  @Override
  public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
    List<FileEvent> sources = new ArrayList<>();
    List<FileEvent> config = new ArrayList<>();
    for (FileEvent e : params.getChanges() == null ? List.<FileEvent>of() : params.getChanges()) {
      Path p = ProjectConfigs.pathOf(Session.key(e.getUri()));
      if (p != null
          && p.getFileName() != null
          && p.getFileName().toString().equals(ProjectConfig.FILE_NAME)) {
        config.add(e);
      } else {
        sources.add(e);
      }
    }
    if (!config.isEmpty()) {
      configChanged(config);
    }
    if (!sources.isEmpty()) {
      indexer.changed(sources);
    }
  }

  /**
   * A shapesense.json was created, changed or deleted: every document's configuration is found and
   * read again, the changed files are checked now (so a mistake is reported at once), and every
   * open document is analysed again.
   */
  private void configChanged(List<FileEvent> events) {
    configs.changed();
    for (FileEvent e : events) {
      Path p = ProjectConfigs.pathOf(Session.key(e.getUri()));
      if (e.getType() == FileChangeType.Deleted) {
        if (client != null) {
          client.publishDiagnostics(new PublishDiagnosticsParams(p.toUri().toString(), List.of()));
        }
      } else {
        configs.reload(p);
      }
    }
    publisher.scheduleAll();
    refreshHints();
  }

  /**
   * Reports what reading a shapesense.json gave: a mistake as an error on the file and a message
   * (its settings are not applied: the defaults are), a good file by clearing its diagnostics.
   */
  private void configRead(ProjectConfigs.Loaded l) {
    if (client == null) {
      return;
    }
    String uri = l.file().toUri().toString();
    List<org.eclipse.lsp4j.Diagnostic> diags = new ArrayList<>();
    String problem = null;
    if (l.invalid() != null) {
      var d =
          new org.eclipse.lsp4j.Diagnostic(
              new Range(
                  new Position(l.invalid().line, l.invalid().column),
                  new Position(l.invalid().line, l.invalid().column + l.invalid().length)),
              l.invalid().detail + " (the file's settings are not applied)",
              DiagnosticSeverity.Error,
              Convert.SOURCE);
      diags.add(d);
      problem = l.invalid().getMessage();
    } else if (l.unreadable() != null) {
      problem = l.unreadable();
    }
    client.publishDiagnostics(new PublishDiagnosticsParams(uri, diags));
    if (problem != null) {
      log(problem);
      client.showMessage(
          new MessageParams(
              MessageType.Error,
              "ShapeSense: " + problem + "; the project's settings are not applied"));
    }
  }

  @Override
  public void didChangeWorkspaceFolders(DidChangeWorkspaceFoldersParams params) {
    var event = params.getEvent();
    if (event == null) {
      return;
    }
    for (WorkspaceFolder f :
        event.getRemoved() == null ? List.<WorkspaceFolder>of() : event.getRemoved()) {
      indexer.removeFolder(f.getUri());
    }
    List<Path> added = new ArrayList<>();
    for (WorkspaceFolder f :
        event.getAdded() == null ? List.<WorkspaceFolder>of() : event.getAdded()) {
      try {
        added.add(Path.of(java.net.URI.create(f.getUri())));
      } catch (RuntimeException e) {
        log("ignoring workspace folder " + f.getUri() + ": " + e.getMessage());
      }
    }
    indexer.index(added);
  }

  @Override
  public CompletableFuture<JsonObject> modelGraph(JsonObject params) {
    JsonElement doc = params == null ? null : params.get("textDocument");
    JsonElement uri = doc != null && doc.isJsonObject() ? doc.getAsJsonObject().get("uri") : null;
    if (uri == null || !uri.isJsonPrimitive()) {
      CompletableFuture<JsonObject> f = new CompletableFuture<>();
      f.completeExceptionally(
          new ResponseErrorException(
              new ResponseError(
                  ResponseErrorCode.InvalidParams, "textDocument.uri is required", null)));
      return f;
    }
    return documents.modelGraph(new TextDocumentIdentifier(uri.getAsString()));
  }

  /**
   * Whether the client's {@code experimental} capabilities hold {@code "shapesense/status": true}.
   */
  static boolean wantsStatus(ClientCapabilities caps) {
    return caps != null
        && caps.getExperimental() instanceof JsonObject o
        && o.get(STATUS_CAPABILITY) instanceof JsonPrimitive p
        && p.isBoolean()
        && p.getAsBoolean();
  }

  @Override
  public void setTrace(SetTraceParams params) {
    trace = params.getValue() == null ? TraceValue.Off : params.getValue();
  }

  /**
   * With the client's trace on ({@code "messages"} or {@code "verbose"}: VS Code's {@code
   * shapesense.trace.server}), a {@code $/logTrace} per completed analysis: which file and how long
   * it took; {@code "verbose"} adds what it found. The time is the analysis alone (parse, checks
   * waited for, interpretation, hints), without the request that asked for it.
   */
  private void traceAnalysis(String path, long nanos, FileAnalysis fa) {
    String level = trace;
    LanguageClient c = client;
    if (c == null || TraceValue.Off.equals(level)) {
      return;
    }
    String message =
        String.format(
            java.util.Locale.ROOT,
            "analysed %s in %.1f ms",
            Session.uri(session.snapshot(), path),
            nanos / 1e6);
    String verbose =
        TraceValue.Verbose.equals(level)
            ? count(fa.models().size(), "model")
                + ", "
                + count(fa.hints().size(), "hint")
                + ", "
                + count(fa.diagnostics().size(), "diagnostic")
            : null;
    c.logTrace(new LogTraceParams(message, verbose));
  }

  private static String count(int n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }

  /**
   * Tells the client that an analysis of an open document started or ended, when it asked to know.
   */
  private void analysisState(String path, boolean running) {
    if (!statusNotifications) {
      return;
    }
    Snapshot.Doc doc = session.snapshot().open.get(path);
    if (doc != null && client instanceof ShapeSenseClient c) {
      JsonObject o = new JsonObject();
      o.addProperty("uri", doc.uri());
      o.addProperty("state", running ? "analyzing" : "idle");
      o.addProperty("serverVersion", VERSION);
      o.addProperty("javaVersion", System.getProperty("java.version"));
      c.status(o);
    }
  }

  /** Asks the client to re-request inlay hints, when it says it can. */
  void refreshHints() {
    var ws = capabilities.getWorkspace();
    if (client != null
        && ws != null
        && ws.getInlayHint() != null
        && Boolean.TRUE.equals(ws.getInlayHint().getRefreshSupport())) {
      client.refreshInlayHints();
    }
  }

  /** A line in the client's log (and on standard error). */
  void log(String message) {
    System.err.println("shapesense: " + message);
    if (client != null) {
      client.logMessage(new MessageParams(MessageType.Log, message));
    }
  }

  private static ThreadFactory daemon(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = Stacks.thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
