package dev.shapesense.analyzer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Line starts as JavaParser counts lines: after {@code \n}, {@code \r\n} and a lone {@code \r}. */
class LineIndexTest {
  private static int[] starts(String text) {
    LineIndex idx = new LineIndex(text);
    int[] out = new int[idx.lineCount()];
    for (int i = 0; i < out.length; i++) {
      out[i] = idx.lineStart(i);
    }
    return out;
  }

  @Test
  void everyKindOfLineBreakStartsALine() {
    assertArrayEquals(new int[] {0}, starts(""));
    assertArrayEquals(new int[] {0}, starts("abc"));
    assertArrayEquals(new int[] {0, 2, 5}, starts("a\nbc\n"));
    assertArrayEquals(new int[] {0, 3, 7}, starts("a\r\nbc\r\n"));
    assertArrayEquals(new int[] {0, 2, 5}, starts("a\rbc\r"));
    assertArrayEquals(new int[] {0, 2, 4, 6, 8}, starts("a\nb\r\r\nc\n"));
    assertArrayEquals(new int[] {0, 1, 2}, starts("\n\r"));
  }

  /** Texts of a, \r and \n at random, against a plain reading of the rule. */
  @Test
  void randomTextsGiveTheStartsOfTheRule() {
    Random r = new Random(7);
    char[] alphabet = {'a', '\r', '\n'};
    for (int t = 0; t < 2000; t++) {
      StringBuilder b = new StringBuilder();
      int n = r.nextInt(12);
      for (int i = 0; i < n; i++) {
        b.append(alphabet[r.nextInt(alphabet.length)]);
      }
      String text = b.toString();
      java.util.List<Integer> want = new java.util.ArrayList<>(java.util.List.of(0));
      for (int i = 0; i < text.length(); i++) {
        if (text.startsWith("\r\n", i)) {
          want.add(i + 2);
          i++;
        } else if (text.charAt(i) == '\r' || text.charAt(i) == '\n') {
          want.add(i + 1);
        }
      }
      assertArrayEquals(
          want.stream().mapToInt(Integer::intValue).toArray(),
          starts(text),
          () -> text.replace("\r", "\\r").replace("\n", "\\n"));
    }
  }
}
