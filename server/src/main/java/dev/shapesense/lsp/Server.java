package dev.shapesense.lsp;

import com.google.gson.JsonElement;
import dev.shapesense.analyzer.Stacks;
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
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceFoldersOptions;
import org.eclipse.lsp4j.WorkspaceServerCapabilities;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * The ShapeSense language server: lifecycle, settings and workspace events; documents are served
 * by {@link Documents}. Notifications change state in arrival order on the JSON-RPC thread (cheap
 * text edits); analysis runs on the request pool, the debounced publisher and the indexer.
 * {@code exit} ends the process through {@code exit}: 0 after {@code shutdown}, else 1.
 */
public final class Server implements LanguageServer, LanguageClientAware, WorkspaceService {
  static final long DEBOUNCE_MS = 75;

  final Session session = new Session(this::log);
  final ExecutorService requests = Executors.newFixedThreadPool(2, daemon("shapesense-request"));
  private final ScheduledExecutorService scheduler =
      Executors.newSingleThreadScheduledExecutor(daemon("shapesense-diagnostics"));
  final Publisher publisher = new Publisher(session, this, scheduler, DEBOUNCE_MS);
  private final Indexer indexer = new Indexer(this);
  private final Documents documents = new Documents(this);
  private final IntConsumer exit;
  private volatile LanguageClient client;
  private volatile ClientCapabilities capabilities = new ClientCapabilities();
  private volatile boolean shutdown;
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

  @Override
  public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
    if (params.getCapabilities() != null) {
      capabilities = params.getCapabilities();
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
      ProcessHandle.of(params.getProcessId()).ifPresent(p -> p.onExit().thenRun(() -> exit.accept(1)));
    }
    ServerCapabilities caps = new ServerCapabilities();
    TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
    sync.setOpenClose(true);
    sync.setChange(TextDocumentSyncKind.Incremental);
    sync.setSave(new SaveOptions(false));
    caps.setTextDocumentSync(sync);
    caps.setInlayHintProvider(true);
    caps.setHoverProvider(true);
    caps.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix)));
    WorkspaceFoldersOptions folders = new WorkspaceFoldersOptions();
    folders.setSupported(true);
    folders.setChangeNotifications(true);
    caps.setWorkspace(new WorkspaceServerCapabilities(folders));
    return CompletableFuture.completedFuture(
        new InitializeResult(caps, new ServerInfo("shapesense", "0.1.0")));
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
              List.of(new FileSystemWatcher(Either.forLeft("**/*.java"))));
      client.registerCapability(
          new RegistrationParams(
              List.of(new Registration("shapesense-watch", "workspace/didChangeWatchedFiles", options))));
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
    indexer.changed(params.getChanges());
  }

  @Override
  public void didChangeWorkspaceFolders(DidChangeWorkspaceFoldersParams params) {
    var event = params.getEvent();
    if (event == null) {
      return;
    }
    for (WorkspaceFolder f : event.getRemoved() == null ? List.<WorkspaceFolder>of() : event.getRemoved()) {
      indexer.removeFolder(f.getUri());
    }
    List<Path> added = new ArrayList<>();
    for (WorkspaceFolder f : event.getAdded() == null ? List.<WorkspaceFolder>of() : event.getAdded()) {
      try {
        added.add(Path.of(java.net.URI.create(f.getUri())));
      } catch (RuntimeException e) {
        log("ignoring workspace folder " + f.getUri() + ": " + e.getMessage());
      }
    }
    indexer.index(added);
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
