package dev.shapesense.lsp;

import dev.shapesense.analyzer.AnalysisOptions;
import dev.shapesense.analyzer.Analyzer;
import dev.shapesense.analyzer.FileAnalysis;
import dev.shapesense.analyzer.ParsedFile;
import dev.shapesense.analyzer.SourceFile;
import dev.shapesense.analyzer.Workspace;
import dev.shapesense.cli.ProjectConfig;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The server's state: the latest {@link Snapshot}, replaced atomically by each edit (edits are
 * applied in order, one at a time), the analyzer workspace built for a snapshot on first demand,
 * and the analysis of each file cached for the workspace, settings and project configuration
 * ({@code shapesense.json}, as {@link ProjectConfigs} finds it) it was computed with (one analyzer
 * call per snapshot and file, shared by the requests that need it). Thread-safe.
 */
final class Session {
  /**
   * One cached analysis: the workspace, batch symbol and project configuration it belongs to,
   * and its result.
   */
  private record Cached(
      Workspace ws, String batch, ProjectConfig config, CompletableFuture<FileAnalysis> result) {}

  /** Told when an analysis of a path starts ({@code running}) and when it ends. */
  interface Listener {
    void analysis(String path, boolean running);
  }

  private final Listener listener;
  private final ProjectConfigs configs;

  Session() {
    this((path, running) -> {}, new ProjectConfigs(loaded -> {}));
  }

  Session(Listener listener, ProjectConfigs configs) {
    this.listener = listener;
    this.configs = configs;
  }

  private final Object editLock = new Object();
  private final Object buildLock = new Object();
  private volatile Snapshot snapshot = Snapshot.initial();
  private Workspace lastBuilt = Workspace.empty();
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();
  /** Per path, the last version that parsed and its analysis (see {@link KeptHints}). */
  private final Map<String, KeptHints.Clean> lastClean = new ConcurrentHashMap<>();

  Snapshot snapshot() {
    return snapshot;
  }

  /** Applies one edit to the latest snapshot, in order with every other edit. */
  Snapshot edit(UnaryOperator<Snapshot> change) {
    synchronized (editLock) {
      Snapshot next = change.apply(snapshot);
      snapshot = next;
      return next;
    }
  }

  /**
   * The analyzer workspace of a snapshot: every disk file, with open documents' texts in place of
   * their disk texts. Built from the last workspace built, so unchanged files keep their parse.
   */
  Workspace workspace(Snapshot s) {
    Workspace w = s.workspace;
    if (w != null) {
      return w;
    }
    synchronized (buildLock) {
      if (s.workspace != null) {
        return s.workspace;
      }
      Workspace base = lastBuilt;
      List<SourceFile> changed = new ArrayList<>();
      Set<String> wanted = new HashSet<>(s.disk.keySet());
      wanted.addAll(s.open.keySet());
      for (String p : wanted) {
        String text = s.text(p);
        ParsedFile old = base.file(p);
        if (old == null || !old.source().text().equals(text)) {
          changed.add(new SourceFile(p, text));
        }
      }
      List<String> removed = new ArrayList<>();
      for (ParsedFile f : base.files()) {
        if (!wanted.contains(f.path())) {
          removed.add(f.path());
        }
      }
      w = base.update(changed, removed);
      s.workspace = w;
      lastBuilt = w;
      return w;
    }
  }

  /** The analysis of {@code path} in snapshot {@code s}, computed at most once per workspace. */
  FileAnalysis analysis(Snapshot s, String path) {
    Workspace ws = workspace(s);
    String batch = s.settings.batchSymbol();
    ProjectConfig config = configs.forDocument(path);
    CompletableFuture<FileAnalysis> mine = new CompletableFuture<>();
    Cached c =
        cache.compute(
            path,
            (k, old) ->
                old != null && old.ws() == ws && old.batch().equals(batch) && old.config() == config
                    ? old
                    : new Cached(ws, batch, config, mine));
    if (c.result() == mine && excluded(config, path)) {
      // Left out by the project, as check leaves it out: nothing to show.
      mine.complete(new FileAnalysis(path, List.of(), List.of(), List.of()));
    } else if (c.result() == mine) {
      listener.analysis(path, true);
      try {
        AnalysisOptions opts =
            AnalysisOptions.DEFAULT.withBatchSymbol(batch).withProject(config.settings());
        FileAnalysis fa = Analyzer.analyzeFile(ws, path, opts);
        ParsedFile file = ws.file(path);
        if (file != null && file.unit().isPresent()) {
          String text = file.source().text();
          if (file.problems().isEmpty()) {
            lastClean.put(path, new KeptHints.Clean(text, fa));
          } else {
            fa = KeptHints.withKept(fa, text, lastClean.get(path));
          }
        }
        mine.complete(fa);
      } catch (RuntimeException | Error e) {
        mine.completeExceptionally(e);
      } finally {
        listener.analysis(path, false);
      }
    }
    return c.result().join();
  }

  private static boolean excluded(ProjectConfig config, String path) {
    Path p = ProjectConfigs.pathOf(path);
    return p != null && config.excludes(p.toString());
  }

  /** The text of {@code path} as the workspace of {@code s} has it, or null. */
  DocumentText text(Snapshot s, String path) {
    ParsedFile f = workspace(s).file(path);
    return f == null ? null : new DocumentText(f.source().text(), f.lines());
  }

  /** Forgets cached analyses of a path (a closed document). */
  void forget(String path) {
    cache.remove(path);
    lastClean.remove(path);
  }

  /**
   * The key a document is known by: a {@code file:} URI in the JDK's canonical spelling, so the
   * client's URIs and those of files found on disk agree; any other URI as it is.
   */
  static String key(String uri) {
    if (uri != null && uri.startsWith("file:")) {
      try {
        return Path.of(URI.create(uri)).toUri().toString();
      } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
        return uri;
      }
    }
    return uri;
  }

  /** The URI to tell the client for a path: an open document's own URI, else the path itself. */
  static String uri(Snapshot s, String path) {
    Snapshot.Doc d = s.open.get(path);
    return d != null ? d.uri() : path;
  }
}
