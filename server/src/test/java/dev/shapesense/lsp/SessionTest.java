package dev.shapesense.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shapesense.analyzer.AnalysisCancelledException;
import dev.shapesense.analyzer.Cancellation;
import dev.shapesense.analyzer.FileAnalysis;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The shared analysis of a file: it stops when a newer edit supersedes it or when no caller waits
 * for it any more, and goes on while anyone still does.
 */
class SessionTest {
  private static final String PATH = "/virtual/ws/Gen.java";
  private final List<String> log = new CopyOnWriteArrayList<>();
  private final Session session = new Session(log::add);

  SessionTest() {
    // 200 layers: thousands of steps, so the analysis asks its cancellation many times.
    String text = GeneratedModel.source("Gen", 200);
    session.edit(
        s -> s.withDoc(PATH, new Snapshot.Doc("file://" + PATH, 1, new DocumentText(text))));
  }

  private static String output(FileAnalysis fa) {
    return fa.models().get(0).output() + (fa.diagnostics().isEmpty() ? "" : " " + fa.diagnostics());
  }

  @Test
  void aCallerWhoGivesUpStopsAnAnalysisNobodyElseWaitsFor() {
    AtomicInteger asked = new AtomicInteger();
    Cancellation givesUp = () -> asked.incrementAndGet() >= 3;
    Snapshot s = session.snapshot();
    assertThrows(AnalysisCancelledException.class, () -> session.analysis(s, PATH, givesUp));
    // Asked before it starts, twice by the running analysis (the second stops it), and once more
    // by the caller itself when told it stopped: never after that.
    assertEquals(4, asked.get());
    assertEquals(
        List.of("analysis of " + PATH + " cancelled: no request waits for it any more"), log);
    // Nothing of the stopped analysis is kept: the next caller gets the whole analysis.
    assertEquals(0, session.waiting(PATH));
    assertEquals("[N, 20]", output(session.analysis(s, PATH)));
  }

  @Test
  void anAnalysisAnotherCallerStillWaitsForGoesOn() throws Exception {
    Snapshot s = session.snapshot();
    // A first analysis warms the JVM: a cold one may need more than the 2 s budget on a loaded
    // machine, and this one spends time waiting for the other caller.
    Session warm = new Session();
    warm.edit(x -> x.withDoc(PATH, s.open.get(PATH)));
    warm.analysis(warm.snapshot(), PATH);
    CompletableFuture<FileAnalysis> other = new CompletableFuture<>();
    java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
    Thread diagnostics =
        new Thread(
            () -> {
              try {
                go.await();
                other.complete(session.analysis(s, PATH));
              } catch (Throwable e) {
                other.completeExceptionally(e);
              }
            });
    diagnostics.start();
    AtomicInteger asked = new AtomicInteger();
    Cancellation givesUpOnceTheOtherWaits =
        () -> {
          // Asked first before the analysis starts, then by the running analysis.
          if (asked.incrementAndGet() == 2) {
            // The hover gives up once the diagnostics of the same version wait for its analysis.
            go.countDown();
            long end = System.nanoTime() + 60_000_000_000L;
            while (session.waiting(PATH) < 2 && System.nanoTime() < end) {
              Thread.onSpinWait();
            }
            assertEquals(2, session.waiting(PATH));
          }
          // From the next question on (which sees both waiters), this caller has given up.
          return asked.get() >= 3;
        };
    FileAnalysis mine = session.analysis(s, PATH, givesUpOnceTheOtherWaits);
    assertEquals("[N, 20]", output(mine));
    assertEquals("[N, 20]", output(other.get(60, TimeUnit.SECONDS)));
    assertEquals(List.of(), log);
  }

  @Test
  void aNewerEditOfTheFileStopsTheAnalysisOfTheOlderText() {
    Snapshot old = session.snapshot();
    AtomicInteger asked = new AtomicInteger();
    Cancellation editAfterTwoQuestions =
        () -> {
          if (asked.incrementAndGet() == 2) {
            Snapshot next =
                session.edit(
                    x ->
                        x.withDoc(
                            PATH,
                            new Snapshot.Doc(
                                "file://" + PATH,
                                2,
                                new DocumentText(GeneratedModel.source("Gen", 3)))));
            session.supersede(PATH, next.text(PATH));
          }
          return false;
        };
    assertThrows(
        AnalysisCancelledException.class, () -> session.analysis(old, PATH, editAfterTwoQuestions));
    assertEquals(List.of("analysis of " + PATH + " cancelled: a newer edit of it arrived"), log);
    assertEquals("[N, 19]", output(session.analysis(session.snapshot(), PATH)));
  }
}
