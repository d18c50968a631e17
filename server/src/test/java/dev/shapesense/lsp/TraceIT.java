package dev.shapesense.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.LogTraceParams;
import org.eclipse.lsp4j.SetTraceParams;
import org.junit.jupiter.api.Test;

/**
 * With the client's trace on (VS Code's {@code shapesense.trace.server}: {@code initialize}'s
 * {@code trace}, then {@code $/setTrace}), each completed analysis sends a {@code $/logTrace}: the
 * document and the analysis's time, and with {@code "verbose"} what it found. Off (the default),
 * none.
 */
class TraceIT {
  private static final String NET = Fixtures.uri("Net");

  /** A server initialized with {@code trace} (null: none given), Net opened and analysed. */
  private static LspProcess openNet(String trace, String setTrace) throws Exception {
    LspProcess lsp = LspProcess.start("--stdio");
    InitializeParams params = new InitializeParams();
    params.setCapabilities(LspProcess.fullCapabilities());
    params.setTrace(trace);
    lsp.init = lsp.server.initialize(params).get(60, TimeUnit.SECONDS);
    lsp.server.initialized(new InitializedParams());
    if (setTrace != null) {
      lsp.server.setTrace(new SetTraceParams(setTrace));
    }
    lsp.open(NET, 1, Fixtures.model("Net"));
    lsp.awaitDiagnostics(NET, d -> d.getVersion() == 1);
    return lsp;
  }

  /** The first trace of an analysis of Net, waited for. */
  private static LogTraceParams firstOfNet(LspProcess lsp) throws InterruptedException {
    return lsp.client.await(
        () ->
            lsp.client.traces.stream()
                .filter(t -> t.getMessage().startsWith("analysed " + NET + " in "))
                .findFirst()
                .orElse(null));
  }

  @Test
  void verboseTellsEachAnalysisItsTimeAndWhatItFound() throws Exception {
    try (LspProcess lsp = openNet("verbose", null)) {
      LogTraceParams t = firstOfNet(lsp);
      assertTrue(
          t.getMessage().matches("analysed \\Q" + NET + "\\E in [0-9]+\\.[0-9] ms"),
          t.getMessage());
      assertEquals("1 model, 10 hints, 0 diagnostics", t.getVerbose());
      assertEquals(0, lsp.shutdownAndExit());
    }
  }

  @Test
  void messagesGivesTheTimeOnly() throws Exception {
    try (LspProcess lsp = openNet("messages", null)) {
      assertNull(firstOfNet(lsp).getVerbose());
      assertEquals(0, lsp.shutdownAndExit());
    }
  }

  @Test
  void setTraceTurnsItOnAndOffIsTheDefault() throws Exception {
    try (LspProcess lsp = openNet(null, "verbose")) {
      assertEquals("1 model, 10 hints, 0 diagnostics", firstOfNet(lsp).getVerbose());
      assertEquals(0, lsp.shutdownAndExit());
    }
    try (LspProcess lsp = openNet(null, null)) {
      // The server says an analysis is over ("idle") after it would have sent its trace.
      lsp.client.await(
          () ->
              lsp.client.statuses.stream()
                      .anyMatch(
                          o ->
                              o.get("uri").getAsString().equals(NET)
                                  && o.get("state").getAsString().equals("idle"))
                  ? Boolean.TRUE
                  : null);
      assertEquals(List.of(), lsp.client.traces);
      assertEquals(0, lsp.shutdownAndExit());
    }
  }
}
