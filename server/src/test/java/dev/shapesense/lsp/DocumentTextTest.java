package dev.shapesense.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shapesense.analyzer.TextRange;
import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.junit.jupiter.api.Test;

class DocumentTextTest {
  // "\tx = a;\r\n" (9 units), "😀y\r" (😀 is two UTF-16 units), "z\n", "end".
  static final String TEXT = "\tx = a;\r\n\uD83D\uDE00y\rz\nend";

  @Test
  void offsetsBecomeUtf16PositionsWithTabsCrLfAndSurrogatePairs() {
    DocumentText t = new DocumentText(TEXT);
    assertEquals(new Position(0, 1), t.position(1));
    assertEquals(new Position(0, 7), t.position(7));
    assertEquals(new Position(1, 0), t.position(9));
    assertEquals(new Position(1, 2), t.position(11));
    assertEquals(new Position(2, 0), t.position(13));
    assertEquals(new Position(3, 3), t.position(TEXT.length()));
    assertEquals(new Range(new Position(1, 2), new Position(2, 1)), t.range(new TextRange(11, 14)));
    for (int o = 0; o <= TEXT.length(); o++) {
      // Offset 8 lies inside "\r\n", which no position names.
      if (o != 8) {
        assertEquals(o, t.offset(t.position(o)), "offset " + o);
      }
    }
  }

  @Test
  void positionsOutsideTheTextAreClamped() {
    DocumentText t = new DocumentText(TEXT);
    assertEquals(7, t.offset(new Position(0, 50)));
    assertEquals(12, t.offset(new Position(1, 9)));
    assertEquals(TEXT.length(), t.offset(new Position(40, 0)));
    assertEquals(0, t.offset(new Position(-1, 3)));
  }

  @Test
  void incrementalEditsApplyInOrderAndOutOfRangeOnesAreClampedAndReported() {
    DocumentText t = new DocumentText(TEXT);
    int[] clamped = {0};
    DocumentText after =
        t.apply(
            List.of(
                new TextDocumentContentChangeEvent(
                    new Range(new Position(1, 2), new Position(1, 3)), "Y"),
                new TextDocumentContentChangeEvent(
                    new Range(new Position(0, 5), new Position(0, 6)), "bb"),
                new TextDocumentContentChangeEvent(
                    new Range(new Position(9, 0), new Position(9, 0)), "!")),
            () -> clamped[0]++);
    assertEquals("\tx = bb;\r\n\uD83D\uDE00Y\rz\nend!", after.text());
    assertEquals(1, clamped[0]);
    assertEquals(
        "whole",
        t.apply(List.of(new TextDocumentContentChangeEvent("whole")), () -> clamped[0]++).text());
  }
}
