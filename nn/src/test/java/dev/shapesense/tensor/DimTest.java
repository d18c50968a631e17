package dev.shapesense.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DimTest {
  private static final Dim H = Dim.sym("H");

  @Test
  void likeTermsCombine() {
    assertEquals(H.minus(8), H.minus(4).minus(4));
    assertEquals("H - 8", H.minus(4).minus(4).toString());
  }

  @Test
  void printsJavaSyntax() {
    assertEquals("(H - 4) / 2", H.minus(4).floorDiv(2).toString());
    assertEquals("(H - 5) / 2 + 1", H.minus(5).floorDiv(2).plus(1).toString());
    assertEquals("4 * dModel", Dim.sym("dModel").times(4).toString());
    assertEquals("16 * H * W", H.times(Dim.sym("W")).times(16).toString());
    assertEquals("-H + 3", Dim.of(3).minus(H).toString());
  }

  @Test
  void exactDivisionsSimplify() {
    assertEquals(H, H.times(4).floorDiv(4));
    assertEquals(H.plus(-2), H.times(2).minus(3).floorDiv(2));
    assertEquals(H.minus(4).floorDiv(4), H.minus(4).floorDiv(2).floorDiv(2));
    assertEquals("(H - 12) / 4", H.minus(4).floorDiv(2).minus(4).floorDiv(2).toString());
    assertEquals(Dim.sym("N"), Dim.sym("N").times(400).divideExactOrNull(Dim.of(400)));
  }

  @Test
  void parseRoundTrips() {
    for (String s :
        new String[] {"(H - 4) / 2 + 1", "4 * dModel", "N", "16 * H * W", "Math.max(H, W)"}) {
      assertEquals(s, Dim.parse(s).toString());
    }
    assertEquals(H.minus(8), Dim.parse("H - 4 - 4"));
    assertThrows(IllegalArgumentException.class, () -> Dim.parse("H +"));
  }

  @Test
  void comparisonsDecideWhatTheyCan() {
    assertEquals(Truth.TRUE, Dim.eq(H.plus(1).minus(1), H));
    assertEquals(Truth.FALSE, Dim.eq(H.plus(1), H));
    assertEquals(Truth.UNKNOWN, Dim.eq(H, Dim.of(3)));
    assertEquals(Truth.TRUE, Dim.le(Dim.of(1), H));
    assertEquals(Truth.FALSE, Dim.eq(H.plus(3), Dim.of(0)));
  }

  @Test
  void substitutionEvaluates() {
    Dim out = H.minus(5).floorDiv(2).plus(1);
    assertEquals(Dim.of(14), out.substitute(Map.of("H", Dim.of(32))));
  }

  @Test
  void minusIsPlusOfTheNegationAndScalingKeepsEveryTerm() {
    Dim w = Dim.sym("W");
    Dim[] dims = {
      Dim.of(0),
      Dim.of(7),
      Dim.of(-3),
      H,
      H.minus(4),
      H.times(w).times(3).minus(H).plus(2),
      H.minus(5).floorDiv(2).plus(1),
      w.times(-2)
    };
    for (Dim a : dims) {
      for (Dim b : dims) {
        assertEquals(a.plus(b.negate()), a.minus(b));
        assertEquals(a.plus(b.negate()).toString(), a.minus(b).toString());
      }
    }
    assertEquals(
        "-6 * H * W + 2 * H - 4", H.times(w).times(3).minus(H).plus(2).times(-2).toString());
    assertEquals(Dim.of(0), H.minus(4).times(0));
    assertEquals("0", H.minus(4).times(0).toString());
    assertEquals(Dim.of(0), H.minus(H));
    assertThrows(ArithmeticException.class, () -> H.minus(H.times(Long.MIN_VALUE)));
    assertThrows(ArithmeticException.class, () -> H.times(Long.MAX_VALUE).minus(H.times(-1)));
    assertThrows(ArithmeticException.class, () -> H.times(1L << 62).times(2));
  }
}
