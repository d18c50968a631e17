package dev.shapesense.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Test;

/**
 * A hostile client: a frame whose Content-Length lies, versions out of order, a thousand edits in a
 * burst. The server stays up, its memory stays bounded, and its final answers equal a fresh
 * analysis of the final text.
 */
class HostileClientIT {

  @Test
  void aLyingContentLengthIsSurvived() throws Exception {
    try (LspProcess lsp = LspProcess.started(List.of(), null)) {
      String net = Fixtures.uri("Net");
      lsp.open(net, 1, Fixtures.model("Net"));
      // Claims 5 bytes of a longer message: the rest arrives as garbage before the next header.
      lsp.raw("Content-Length: 5\r\n\r\n{\"jsonrpc\":\"2.0\",\"method\":\"x\"}\r\n");
      assertEquals(
          DocumentsIT.sorted(DocumentsIT.NET_HINTS),
          DocumentsIT.sorted(Fixtures.show(lsp.hints(net))));
      assertTrue(lsp.process.isAlive());
    }
  }

  @Test
  void aThousandEditsEndAsAFreshAnalysisWithBoundedMemory() throws Exception {
    try (LspProcess lsp = LspProcess.started(List.of(), null)) {
      String text = Fixtures.model("Net");
      String uri = Fixtures.uri("Net");
      lsp.open(uri, 1, text);
      // Type a comment of a thousand characters at the end of the first line, one at a time.
      int line0 = text.indexOf('\n');
      StringBuilder typed = new StringBuilder(text);
      lsp.change(uri, 2, new Range(new Position(0, line0), new Position(0, line0)), " //");
      typed.insert(line0, " //");
      for (int i = 0; i < 1000; i++) {
        int col = line0 + 3 + i;
        String ch = String.valueOf((char) ('a' + i % 26));
        lsp.change(uri, 3 + i, new Range(new Position(0, col), new Position(0, col)), ch);
        typed.insert(col, ch);
      }
      List<String> afterEdits = DocumentsIT.sorted(Fixtures.show(lsp.hints(uri)));
      String fresh = Fixtures.uri("Fresh");
      lsp.open(fresh, 1, typed.toString());
      assertEquals(DocumentsIT.sorted(Fixtures.show(lsp.hints(fresh))), afterEdits);
      assertEquals(DocumentsIT.sorted(DocumentsIT.NET_HINTS), afterEdits);
      long rssKb = rssKb(lsp.process.pid());
      assertTrue(rssKb < 1_000_000, "resident memory after 1,000 edits: " + rssKb + " kB");
    }
  }

  @Test
  void outOfOrderVersionsKeepTheNewestText() throws Exception {
    try (LspProcess lsp = LspProcess.started(List.of(), null)) {
      String text = Fixtures.model("Net");
      String uri = Fixtures.uri("Net");
      lsp.open(uri, 1, text);
      int fc3 = text.indexOf("new Linear(84, 10)") + "new Linear(84, ".length();
      int line = (int) text.substring(0, fc3).chars().filter(c -> c == '\n').count();
      int col = fc3 - (text.lastIndexOf('\n', fc3 - 1) + 1);
      Range tens = new Range(new Position(line, col), new Position(line, col + 2));
      // Version 3 arrives first; a stale version 2 arrives after it and must not win.
      lsp.change(uri, 3, tens, "12");
      lsp.change(uri, 2, tens, "99");
      List<String> hints = Fixtures.show(lsp.hints(uri));
      assertTrue(hints.stream().anyMatch(h -> h.endsWith("[N, 12]")), hints.toString());
      assertTrue(hints.stream().noneMatch(h -> h.contains("99")), hints.toString());
      assertTrue(lsp.process.isAlive());
    }
  }

  private static long rssKb(long pid) throws Exception {
    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    return 0;
  }
}
