package dev.shapesense.lsp;

import dev.shapesense.analyzer.AnalysisCancelledException;
import dev.shapesense.analyzer.Cancellation;
import dev.shapesense.analyzer.FileAnalysis;
import dev.shapesense.analyzer.InlayHint;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.PublishDiagnosticsParams;

/**
 * Pushes diagnostics, debounced: each change (re)schedules the open documents it may affect, a
 * newer schedule cancels the stale one, and results are published only for the document version
 * they were computed for. All publishing runs on one thread, in schedule order, so the last
 * published diagnostics are those of the last edit. A publication a newer one replaced stops its
 * analysis (a damaged file that runs to its time budget does not hold up the others). When a
 * document's hints change while its version does not (another file changed), asks the client to
 * refresh inlay hints.
 */
final class Publisher {
  private record Seen(int version, List<InlayHint> hints) {}

  private final Session session;
  private final Server server;
  private final ScheduledExecutorService scheduler;
  private final long delayMs;
  private final Map<String, ScheduledFuture<?>> pending = new ConcurrentHashMap<>();

  /** Per path, the latest publication scheduled: an older one still analysing gives up. */
  private final Map<String, Object> latest = new ConcurrentHashMap<>();

  private final Map<String, Seen> seen = new ConcurrentHashMap<>();

  Publisher(Session session, Server server, ScheduledExecutorService scheduler, long delayMs) {
    this.session = session;
    this.server = server;
    this.scheduler = scheduler;
    this.delayMs = delayMs;
  }

  /** Schedules the diagnostics of every open document. */
  void scheduleAll() {
    scheduleAll(null);
  }

  /**
   * Schedules the diagnostics of every open document, those of {@code opened} (just opened, so no
   * burst of keystrokes to wait out) at once and the others after the debounce delay.
   */
  void scheduleAll(String opened) {
    for (String path : session.snapshot().open.keySet()) {
      schedule(path, path.equals(opened) ? 0 : delayMs);
    }
  }

  /**
   * Schedules the diagnostics of {@code path}. Synchronized: the token and the pending future must
   * change together, or an edit's schedule and the indexer's could interleave so that the older
   * future cancels the newer one while the newer token makes the older stale, and nothing is
   * published (seen in CI as a first diagnostics that never came).
   */
  synchronized void schedule(String path, long delay) {
    Object token = new Object();
    latest.put(path, token);
    ScheduledFuture<?> next =
        scheduler.schedule(
            () -> publish(path, () -> latest.get(path) != token), delay, TimeUnit.MILLISECONDS);
    ScheduledFuture<?> old = pending.put(path, next);
    if (old != null) {
      old.cancel(false);
    }
  }

  /** Clears the diagnostics of a closed document, after any publication already scheduled. */
  synchronized void clear(String path, String uri) {
    ScheduledFuture<?> old = pending.remove(path);
    if (old != null) {
      old.cancel(false);
    }
    seen.remove(path);
    latest.remove(path);
    scheduler.execute(
        () -> server.client().publishDiagnostics(new PublishDiagnosticsParams(uri, List.of())));
  }

  /**
   * Publishes the diagnostics of {@code path} for the latest snapshot, unless {@code stale} says a
   * newer publication of it was scheduled meanwhile (then its analysis stops, unless a request
   * waits for it, and the newer publication does the work).
   */
  private void publish(String path, Cancellation stale) {
    try {
      Snapshot s = session.snapshot();
      Snapshot.Doc doc = s.open.get(path);
      if (doc == null) {
        return;
      }
      FileAnalysis fa;
      try {
        fa = session.analysis(s, path, stale);
      } catch (AnalysisCancelledException e) {
        return;
      }
      Snapshot now = session.snapshot();
      Snapshot.Doc cur = now.open.get(path);
      if (cur == null || cur.version() != doc.version()) {
        return;
      }
      var diags =
          Convert.diagnostics(fa, doc.version(), p -> session.text(s, p), p -> Session.uri(s, p));
      server
          .client()
          .publishDiagnostics(new PublishDiagnosticsParams(doc.uri(), diags, doc.version()));
      Seen before = seen.put(path, new Seen(doc.version(), fa.hints()));
      if (before != null
          && before.version() == doc.version()
          && !before.hints().equals(fa.hints())) {
        server.refreshHints();
      }
    } catch (RuntimeException | Error e) {
      server.log("diagnostics of " + path + " failed: " + e);
    }
  }
}
