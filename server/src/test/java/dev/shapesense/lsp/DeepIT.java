package dev.shapesense.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.junit.jupiter.api.Test;

/** A model with a thousand nested calls, against the real server process: hints, no crash. */
class DeepIT {
  @Test
  void aThousandNestedCallsGetDiagnosticsAndHints() throws Exception {
    try (LspProcess lsp = LspProcess.started(List.of(), null)) {
      String uri = Fixtures.uri("DeepRelu");
      lsp.open(uri, 1, Files.readString(LspProcess.root().resolve("testdata/deep/DeepRelu.java")));
      PublishDiagnosticsParams d = lsp.awaitDiagnostics(uri, p -> p.getVersion() == 1);
      assertEquals(List.of(), d.getDiagnostics());
      List<String> hints = Fixtures.show(lsp.hints(uri));
      assertTrue(hints.stream().anyMatch(h -> h.endsWith(" [N, 4]")), hints.toString());
      assertEquals(0, lsp.shutdownAndExit());
    }
  }
}
