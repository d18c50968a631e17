package dev.shapesense.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.junit.jupiter.api.Test;

/** Initialize, initialized, shutdown and exit against the real server process. */
class LifecycleIT {
  @Test
  void capabilitiesAreHonestAndShutdownThenExitEndsWithZero() throws Exception {
    try (LspProcess lsp = LspProcess.started(List.of(), null)) {
      ServerCapabilities caps = lsp.init.getCapabilities();
      TextDocumentSyncOptions sync = caps.getTextDocumentSync().getRight();
      assertEquals(TextDocumentSyncKind.Incremental, sync.getChange());
      assertTrue(sync.getOpenClose());
      assertEquals(false, sync.getSave().getRight().getIncludeText());
      assertEquals(true, caps.getInlayHintProvider().getLeft());
      assertEquals(true, caps.getHoverProvider().getLeft());
      assertEquals(
          List.of("quickfix"), caps.getCodeActionProvider().getRight().getCodeActionKinds());
      assertEquals(true, caps.getWorkspace().getWorkspaceFolders().getSupported());
      assertEquals(
          true, caps.getWorkspace().getWorkspaceFolders().getChangeNotifications().getRight());
      assertNull(caps.getCompletionProvider());
      assertNull(caps.getDefinitionProvider());
      assertEquals("shapesense", lsp.init.getServerInfo().getName());
      // The build's version (Maven's ${project.version}), not a number written in the code.
      assertEquals(System.getProperty("shapesense.version"), lsp.init.getServerInfo().getVersion());
      assertEquals(0, lsp.shutdownAndExit());
    }
  }

  @Test
  void exitWithoutShutdownEndsWithOne() throws Exception {
    try (LspProcess lsp = LspProcess.start("--stdio")) {
      InitializeParams p = new InitializeParams();
      lsp.server.initialize(p).get(60, TimeUnit.SECONDS);
      lsp.server.exit();
      assertEquals(1, lsp.waitFor());
    }
  }

  @Test
  void endOfInputWithoutExitEndsWithOne() throws Exception {
    try (LspProcess lsp = LspProcess.start()) {
      lsp.process.getOutputStream().close();
      assertEquals(1, lsp.waitFor());
    }
  }
}
