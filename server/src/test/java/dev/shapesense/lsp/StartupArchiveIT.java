package dev.shapesense.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class-data archive a fixed command line names (as the IntelliJ template's does): the first
 * server writes it, the next one maps it (its own classes come from the archive) and leaves it.
 */
class StartupArchiveIT {
  @TempDir Path dir;

  private static LspProcess started(List<String> jvm) throws Exception {
    LspProcess lsp = LspProcess.startWith(jvm, "--stdio");
    InitializeParams p = new InitializeParams();
    p.setCapabilities(LspProcess.fullCapabilities());
    lsp.init = lsp.server.initialize(p).get(60, TimeUnit.SECONDS);
    lsp.server.initialized(new InitializedParams());
    String uri = Fixtures.uri("Net");
    lsp.open(uri, 1, Fixtures.model("Net"));
    lsp.awaitDiagnostics(uri, d -> true);
    return lsp;
  }

  private static boolean logged(LspProcess lsp, String text) {
    return lsp.client.logs.stream().map(MessageParams::getMessage).anyMatch(m -> m.contains(text));
  }

  @Test
  void theFirstServerWritesTheArchiveAndTheNextMapsIt() throws Exception {
    Path jsa = dir.resolve("shapesense.jsa");
    List<String> names = List.of("-Dshapesense.archive=" + jsa, "-Dshapesense.archive.delay=0");
    try (LspProcess first = started(names)) {
      // A training run in a second JVM: slow on a busy machine.
      first.client.await(() -> logged(first, "wrote the class-data archive") ? true : null, 300);
      assertTrue(Files.size(jsa) > 0);
      assertTrue(
          Files.readString(StartupArchive.stamp(jsa))
              .startsWith(System.getProperty("java.home") + "\n"));
      assertEquals(0, first.shutdownAndExit());
    }
    FileTime written = Files.getLastModifiedTime(jsa);
    Path loads = dir.resolve("loads.txt");
    List<String> mapped =
        List.of(
            "-XX:SharedArchiveFile=" + jsa,
            "-Xlog:class+load=info:file=" + loads,
            "-Dshapesense.archive=" + jsa,
            "-Dshapesense.archive.delay=0");
    try (LspProcess second = started(mapped)) {
      // The upkeep ran at once (no delay) and found the archive good: nothing is written.
      assertEquals(0, second.shutdownAndExit());
      assertTrue(!logged(second, "writing the class-data archive"), second.client.logs.toString());
    }
    assertEquals(written, Files.getLastModifiedTime(jsa));
    String log = Files.readString(loads);
    assertTrue(
        log.contains("dev.shapesense.lsp.Server source: shared objects file (top)"),
        "the server's classes come from the archive");
    assertTrue(log.contains("com.github.javaparser.JavaParser source: shared objects file (top)"));
  }
}
