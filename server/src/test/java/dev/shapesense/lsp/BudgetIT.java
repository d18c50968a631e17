package dev.shapesense.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Test;

/**
 * A file whose analysis runs out of budget (testdata/regressions/self-building: AlexNet builds
 * itself four times per level), against the real server process: it says so with the step-budget
 * info, the server keeps answering for the other files, and an analysis nobody needs any more (a
 * newer edit, a cancelled request) stops.
 */
class BudgetIT {
  static final Path DAMAGED_DIR = LspProcess.root().resolve("testdata/regressions/self-building");

  static String damaged() throws Exception {
    return Files.readString(DAMAGED_DIR.resolve("AlexNet.java"));
  }

  private static void assertStoppedByItsBudget(PublishDiagnosticsParams d) {
    assertEquals(1, d.getDiagnostics().size(), d.toString());
    var x = d.getDiagnostics().get(0);
    assertEquals("analysis/step-budget", x.getCode().getLeft(), d.toString());
    assertEquals(DiagnosticSeverity.Information, x.getSeverity(), d.toString());
    // The step budget or, on a slow machine, the time budget: whichever ends first.
    assertTrue(
        x.getMessage()
                .equals(
                    "analysis stopped here after 500000 steps: shapes from here on are not shown")
            || x.getMessage()
                .equals("analysis stopped here after 2 s: shapes from here on are not shown"),
        x.getMessage());
  }

  /** Net.java with fc3's out_features {@code out}, and the hints that gives. */
  static List<String> netHints(int out) {
    List<String> hints = new ArrayList<>(DocumentsIT.NET_HINTS);
    hints.set(hints.size() - 1, "27:29 [N, " + out + "]");
    return DocumentsIT.sorted(hints);
  }

  @Test
  void aFileOutOfBudgetSaysSoAndEditsOfAnotherFileStillGetFreshHints() throws Exception {
    try (LspProcess lsp = LspProcess.started(List.of(), null)) {
      String bad = Fixtures.uri("AlexNet");
      lsp.open(bad, 1, damaged());
      assertStoppedByItsBudget(lsp.awaitDiagnostics(bad, p -> p.getVersion() == 1));
      String net = Fixtures.uri("Net");
      String text = Fixtures.model("Net");
      lsp.open(net, 1, text);
      assertEquals(List.of(), lsp.awaitDiagnostics(net, p -> p.getVersion() == 1).getDiagnostics());
      // fc3 = new Linear(84, 10) (line 11): its out_features goes 11, 12, ... 60.
      int line = 10;
      int col = text.split("\n", -1)[line].indexOf("10);");
      Range digits = new Range(new Position(line, col), new Position(line, col + 2));
      for (int i = 1; i <= 50; i++) {
        lsp.change(net, 1 + i, digits, String.valueOf(10 + i));
        assertEquals(
            netHints(10 + i), DocumentsIT.sorted(Fixtures.show(lsp.hints(net))), "edit " + i);
      }
      assertEquals(
          List.of(), lsp.awaitDiagnostics(net, p -> p.getVersion() == 51).getDiagnostics());
      // Every edit of Net re-ran the damaged file's analysis (its workspace changed): still the
      // info.
      assertStoppedByItsBudget(lsp.awaitDiagnostics(bad, p -> p.getVersion() == 1));
      assertEquals(0, lsp.shutdownAndExit());
    }
  }

  private static boolean logged(LspProcess lsp, String line) {
    return lsp.client.logs.stream().map(MessageParams::getMessage).anyMatch(m -> m.equals(line));
  }

  @Test
  void aNewerEditOfAFileCancelsTheAnalysisOfItsOlderVersion() throws Exception {
    try (LspProcess lsp = LspProcess.started(List.of(), null)) {
      String bad = Fixtures.uri("AlexNet");
      lsp.open(bad, 1, damaged());
      // The edits must come while version 1 is analysed: an edit that arrives before its analysis
      // starts cancels the scheduled publication, so nothing runs that could be stopped.
      lsp.client.await(
          () ->
              lsp.client.statuses.stream()
                  .filter(o -> o.get("uri").getAsString().equals(bad))
                  .filter(o -> o.get("state").getAsString().equals("analyzing"))
                  .findFirst()
                  .orElse(null));
      // Five quick edits of its first line (a comment): each makes the analysis before it useless.
      for (int v = 2; v <= 6; v++) {
        lsp.change(bad, v, new Range(new Position(0, 0), new Position(0, 0)), "// " + v + "\n");
      }
      assertStoppedByItsBudget(lsp.awaitDiagnostics(bad, p -> p.getVersion() == 6));
      String key = Session.key(bad);
      assertTrue(
          logged(lsp, "analysis of " + key + " cancelled: a newer edit of it arrived")
              || logged(lsp, "analysis of " + key + " cancelled: no request waits for it any more"),
          lsp.client.logs.toString());
      assertEquals(0, lsp.shutdownAndExit());
    }
  }

  @Test
  void aCancelledHintRequestStopsTheAnalysisNothingElseWaitsFor() throws Exception {
    // The damaged file only on disk (a workspace folder), never open: no diagnostics wait for it.
    try (LspProcess lsp = LspProcess.started(List.of(DAMAGED_DIR), null)) {
      String bad = DAMAGED_DIR.resolve("AlexNet.java").toUri().toString();
      String line =
          "analysis of " + Session.key(bad) + " cancelled: no request waits for it any more";
      // The cancel must land while the analysis runs (it takes up to its 2 s budget): a request
      // cancelled before its analysis starts leaves nothing to stop, so try again.
      for (int attempt = 0; attempt < 10 && !logged(lsp, line); attempt++) {
        CompletableFuture<List<InlayHint>> hints = lsp.hintsAsync(bad);
        Thread.sleep(300);
        hints.cancel(true);
        lsp.client.await(() -> logged(lsp, line) ? Boolean.TRUE : null, 3);
      }
      assertTrue(logged(lsp, line), lsp.client.logs.toString());
      assertEquals(0, lsp.shutdownAndExit());
    }
  }
}
