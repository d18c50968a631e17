package dev.shapesense.lsp;

import dev.shapesense.analyzer.AnalysisCancelledException;
import dev.shapesense.analyzer.AnalysisOptions;
import dev.shapesense.analyzer.Analyzer;
import dev.shapesense.analyzer.Cancellation;
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
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/**
 * The server's state: the latest {@link Snapshot}, replaced atomically by each edit (edits are
 * applied in order, one at a time), the analyzer workspace built for a snapshot on first demand,
 * and the analysis of each file cached for the workspace, settings and project configuration
 * ({@code shapesense.json}, as {@link ProjectConfigs} finds it) it was computed with (one analyzer
 * call per snapshot and file, shared by the requests that need it, and cancelled when a newer edit
 * of the file arrives or no request needs it any more). Thread-safe.
 */
final class Session {
  /** Told when an analysis of a path starts ({@code running}) and when it ends. */
  interface Listener {
    void analysis(String path, boolean running);

    /**
     * An analysis of {@code path} completed with {@code result} in {@code nanos}: after its result
     * is there for its callers, before {@link #analysis analysis(path, false)}.
     */
    default void analysed(String path, long nanos, FileAnalysis result) {}
  }

  /**
   * One cached analysis: the workspace, batch symbol and project configuration it belongs to, its
   * result, and who waits for it. It runs until it is superseded (a newer edit of its file) or
   * every caller waiting for it has given up (a cancelled request, a publication a newer one
   * replaced).
   */
  private static final class Cached {
    final Workspace ws;
    final String batch;
    final ProjectConfig config;

    /** The text of the analysed file, as the snapshot had it. */
    final String text;

    final CompletableFuture<FileAnalysis> result = new CompletableFuture<>();
    final List<Cancellation> waiters = new CopyOnWriteArrayList<>();
    volatile boolean superseded;

    Cached(Workspace ws, String batch, ProjectConfig config, String text) {
      this.ws = ws;
      this.batch = batch;
      this.config = config;
      this.text = text;
    }

    boolean cancelled() {
      if (superseded) {
        return true;
      }
      for (Cancellation w : waiters) {
        if (!w.isCancelled()) {
          return false;
        }
      }
      return true;
    }

    /** Whether a new caller may wait for it: it has or may still get a result. */
    boolean usable() {
      return !superseded && !result.isCompletedExceptionally();
    }
  }

  private final Listener listener;
  private final ProjectConfigs configs;
  private final java.util.function.Consumer<String> log;
  private final Object editLock = new Object();
  private final Object buildLock = new Object();
  private volatile Snapshot snapshot = Snapshot.initial();
  private Workspace lastBuilt = Workspace.empty();
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  /** Per path, the last version that parsed and its analysis (see {@link KeptHints}). */
  private final Map<String, KeptHints.Clean> lastClean = new ConcurrentHashMap<>();

  Session() {
    this((path, running) -> {}, new ProjectConfigs(loaded -> {}), m -> {});
  }

  /** With where to say that an analysis stopped before its end. */
  Session(java.util.function.Consumer<String> log) {
    this((path, running) -> {}, new ProjectConfigs(loaded -> {}), log);
  }

  /**
   * With whom to tell when analyses start and end, where project configurations come from, and
   * where to say that an analysis stopped before its end (the server's log).
   */
  Session(Listener listener, ProjectConfigs configs, java.util.function.Consumer<String> log) {
    this.listener = listener;
    this.configs = configs;
    this.log = log;
  }

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
    return analysis(s, path, Cancellation.NEVER);
  }

  /**
   * The analysis of {@code path} in snapshot {@code s}, computed at most once per workspace and
   * shared by every caller asking for it meanwhile. {@code caller} says when this caller no longer
   * needs it; the analysis stops when no caller needs it any more.
   *
   * @throws AnalysisCancelledException when {@code caller} was cancelled, or a newer edit of the
   *     file superseded the analysis (the caller asks again for the latest snapshot, if at all)
   */
  FileAnalysis analysis(Snapshot s, String path, Cancellation caller) {
    Workspace ws = workspace(s);
    String batch = s.settings.batchSymbol();
    ProjectConfig config = configs.forDocument(path);
    while (true) {
      if (caller.isCancelled()) {
        throw new AnalysisCancelledException();
      }
      Cached mine = new Cached(ws, batch, config, s.text(path));
      Cached c =
          cache.compute(
              path,
              (k, old) ->
                  old != null
                          && old.ws == ws
                          && old.batch.equals(batch)
                          && old.config == config
                          && old.usable()
                      ? old
                      : mine);
      c.waiters.add(caller);
      try {
        if (c == mine) {
          run(mine, ws, path, batch);
        }
        return c.result.join();
      } catch (CompletionException e) {
        if (!(e.getCause() instanceof AnalysisCancelledException)) {
          throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        if (c.superseded || caller.isCancelled()) {
          throw (AnalysisCancelledException) e.getCause();
        }
        // Every other caller gave up as this one came: run it again for this one.
      } finally {
        c.waiters.remove(caller);
      }
    }
  }

  private void run(Cached mine, Workspace ws, String path, String batch) {
    if (excluded(mine.config, path)) {
      // Left out by the project, as check leaves it out: nothing to show.
      mine.result.complete(new FileAnalysis(path, List.of(), List.of(), List.of()));
      return;
    }
    listener.analysis(path, true);
    long start = System.nanoTime();
    try {
      FileAnalysis fa =
          Analyzer.analyzeFile(
              ws,
              path,
              AnalysisOptions.DEFAULT
                  .withBatchSymbol(batch)
                  .withProject(mine.config.settings())
                  .withCancellation(mine::cancelled));
      ParsedFile file = ws.file(path);
      if (file != null && file.unit().isPresent()) {
        String text = file.source().text();
        if (file.problems().isEmpty()) {
          lastClean.put(path, new KeptHints.Clean(text, fa));
        } else {
          fa = KeptHints.withKept(fa, text, lastClean.get(path));
        }
      }
      mine.result.complete(fa);
      listener.analysed(path, System.nanoTime() - start, fa);
    } catch (AnalysisCancelledException e) {
      // No later caller may wait for it: out of the cache first, then its waiters are told.
      cache.remove(path, mine);
      log.accept(
          "analysis of "
              + path
              + " cancelled: "
              + (mine.superseded
                  ? "a newer edit of it arrived"
                  : "no request waits for it any more"));
      mine.result.completeExceptionally(e);
    } catch (RuntimeException | Error e) {
      mine.result.completeExceptionally(e);
    } finally {
      listener.analysis(path, false);
    }
  }

  /**
   * A newer edit of {@code path} arrived, which made its text {@code text} (null: closed): the
   * analysis of another text of it that is still running stops (its waiters get {@link
   * AnalysisCancelledException}).
   */
  void supersede(String path, String text) {
    Cached c = cache.get(path);
    if (c != null && !c.result.isDone() && !java.util.Objects.equals(c.text, text)) {
      c.superseded = true;
      cache.remove(path, c);
    }
  }

  /** How many callers wait for the analysis of {@code path} now (0 when none runs or is cached). */
  int waiting(String path) {
    Cached c = cache.get(path);
    return c == null ? 0 : c.waiters.size();
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

  /** Forgets cached analyses of a path (a closed document); a running one stops. */
  void forget(String path) {
    supersede(path, null);
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
