package dev.shapesense.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.junit.jupiter.api.Test;

/**
 * {@code shapesense/status} goes only to a client that says it handles it ({@code
 * capabilities.experimental["shapesense/status"]: true}, as the VS Code extension says): LSP4IJ and
 * vim's clients would log each one as an unsupported method.
 */
class StatusIT {
  /** Opens Net, then BuggyNet, waits for both documents' diagnostics, and returns the statuses. */
  private static List<String> statusesOfTwoAnalyses(ClientCapabilities caps) throws Exception {
    try (LspProcess lsp = LspProcess.start("--stdio")) {
      InitializeParams params = new InitializeParams();
      params.setCapabilities(caps);
      lsp.init = lsp.server.initialize(params).get(60, TimeUnit.SECONDS);
      lsp.server.initialized(new InitializedParams());
      String net = Fixtures.uri("Net");
      lsp.open(net, 1, Fixtures.model("Net"));
      lsp.awaitDiagnostics(net, d -> true);
      String buggy = Fixtures.uri("BuggyNet");
      lsp.open(buggy, 1, Fixtures.model("BuggyNet"));
      lsp.awaitDiagnostics(buggy, d -> !d.getDiagnostics().isEmpty());
      // Opening BuggyNet changed Net's workspace, so Net may be analysed again right now: wait
      // until its latest status is "idle" (none at all for a client that gets no status).
      List<String> out =
          lsp.client.await(
              () -> {
                List<String> l =
                    lsp.client.statuses.stream()
                        .filter(o -> o.get("uri").getAsString().equals(net))
                        .map(o -> o.get("state").getAsString())
                        .toList();
                return l.isEmpty() || l.get(l.size() - 1).equals("idle") ? l : null;
              });
      assertEquals(0, lsp.shutdownAndExit());
      return out;
    }
  }

  @Test
  void aClientThatAsksGetsTheStatusOfEachAnalysis() throws Exception {
    List<String> states = statusesOfTwoAnalyses(LspProcess.fullCapabilities());
    assertEquals("analyzing", states.get(0));
    assertEquals("idle", states.get(states.size() - 1));
  }

  @Test
  void lsp4ijGetsNoStatus() throws Exception {
    assertEquals(List.of(), statusesOfTwoAnalyses(Lsp4ijCapabilities.create()));
  }

  @Test
  void aClientThatSaysFalseOrNothingGetsNoStatus() throws Exception {
    ClientCapabilities no = LspProcess.fullCapabilities();
    JsonObject experimental = new JsonObject();
    experimental.addProperty("shapesense/status", false);
    no.setExperimental(experimental);
    assertEquals(List.of(), statusesOfTwoAnalyses(no));
    assertEquals(List.of(), statusesOfTwoAnalyses(new ClientCapabilities()));
  }
}
