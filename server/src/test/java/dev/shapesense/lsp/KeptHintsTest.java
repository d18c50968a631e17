package dev.shapesense.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.shapesense.analyzer.Diagnostic;
import dev.shapesense.analyzer.FileAnalysis;
import dev.shapesense.analyzer.InlayHint;
import dev.shapesense.analyzer.TextRange;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hints of the last version that parsed, kept on the lines edits did not touch. */
class KeptHintsTest {
  private static FileAnalysis analysis(InlayHint... hints) {
    return new FileAnalysis("A.java", List.of(), List.of(hints), List.<Diagnostic>of());
  }

  private static InlayHint hint(int start, int end, String label) {
    return new InlayHint("A.java", new TextRange(start, end), label);
  }

  @Test
  void hintsBeforeAndAfterTheChangedTextAreKeptShiftedTheCurrentOnesWin() {
    String old = "aaaa\nbbbb\ncccc\n";
    String now = "aaaa\nbX\ncccc\n";
    KeptHints.Clean clean =
        new KeptHints.Clean(
            old, analysis(hint(0, 4, "[1]"), hint(5, 9, "[2]"), hint(10, 14, "[3]")));
    FileAnalysis kept = KeptHints.withKept(analysis(hint(0, 4, "[9]")), now, clean);
    // [1]: the current analysis has its own hint there; [2]: on the changed line, dropped;
    // [3]: after the change, moved back by the two characters the edit removed.
    assertEquals(List.of(hint(0, 4, "[9]"), hint(8, 12, "[3]")), kept.hints());
  }

  @Test
  void withoutAnEarlierCleanVersionOrWithTheSameTextNothingChanges() {
    FileAnalysis now = analysis(hint(0, 1, "[1]"));
    assertSame(now, KeptHints.withKept(now, "x", null));
    assertSame(now, KeptHints.withKept(now, "x", new KeptHints.Clean("x", analysis())));
  }
}
