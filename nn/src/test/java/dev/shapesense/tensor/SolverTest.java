package dev.shapesense.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The solver decides conditions on symbolic dims exactly: each verdict is checked against
 * substitution (the condition evaluated at concrete sizes), on written cases and on random
 * expressions.
 */
class SolverTest {

  private static Solver.Region solve(String condition) {
    return Solver.solve(Condition.parse(condition));
  }

  private static String describe(String condition, String... order) {
    return solve(condition).describe(List.of(order));
  }

  @Test
  void aSymbolPinnedToOneValue() {
    assertEquals("L == 32", describe("L == 32", "L"));
    assertEquals("S == 128", describe("S == 128", "S"));
  }

  @Test
  void divisibilityFromAViewAndEvennessFromAUNetSkip() {
    assertEquals("N % 4 == 0", describe("(N * 4096) % (16384) == 0", "N"));
    assertEquals("H even", describe("2 * (H / 2) == H", "H"));
    assertEquals("H % 3 == 1", describe("(H - 1) % 3 == 0", "H"));
  }

  @Test
  void boundsOfAConvStack() {
    // conv 5x5, pool 2, conv 5x5: the second conv needs (H - 4) / 2 >= 5.
    assertEquals("H >= 14", describe("5 <= (H - 4) / 2", "H"));
    assertEquals("H <= 1024", describe("H <= 1024", "H"));
    assertEquals("64 <= H <= 1024", describe("64 <= H <= 1024", "H"));
    assertEquals("H >= 29, H even", describe("H >= 29 and 2 * (H / 2) == H", "H"));
  }

  @Test
  void theSeedNetDomainIsFortyEightPairs() {
    // flatten after conv(5), pool(2), conv(5), pool(2) feeding Linear(16 * 5 * 5).
    Solver.Region r = solve("16 * ((H - 12) / 4) * ((W - 12) / 4) == 400");
    Solver.Region bounds = solve("H >= 16 and W >= 16");
    Solver.Region d = r.and(bounds);
    int count = 0;
    for (long h = 1; h <= 129; h++) {
      for (long w = 1; w <= 129; w++) {
        boolean in =
            h >= 16 && w >= 16 && 16 * Math.floorDiv(h - 12, 4) * Math.floorDiv(w - 12, 4) == 400;
        assertEquals(in, contains(d, Map.of("H", h, "W", w)), "H=" + h + " W=" + w);
        count += in ? 1 : 0;
      }
    }
    assertEquals(48, count);
    assertEquals(
        "16 <= H <= 19 and 112 <= W <= 115, or 32 <= H <= 35 and 32 <= W <= 35,"
            + " or 112 <= H <= 115 and 16 <= W <= 19",
        d.describe(List.of("H", "W")));
  }

  @Test
  void aSymbolEveryTermHasDividesOut() {
    // ViT: N * patches * 768 == N * 150528 holds whatever N is.
    assertEquals("H >= 4", describe("N * H >= 4 * N", "N", "H"));
    assertEquals("H == 196", describe("768 * N * H == 150528 * N", "N", "H"));
  }

  @Test
  void relationsBetweenSymbolsAreNotDecidedHere() {
    assertThrows(Solver.Undecided.class, () -> solve("S == T"));
    assertThrows(Solver.Undecided.class, () -> solve("S + 1 <= T"));
  }

  @Test
  void minAndMaxSwitchWhereTheirArgumentsCross() {
    // H <= 5: H - 1 <= 0; 6..10: 5 <= 0; from 11: 15 - H <= 0.
    assertEquals(
        "H <= 5 or H >= 15", describe("Math.min(H, 10) - Math.max(H - 5, 1) <= 0 or H <= 5", "H"));
    assertEquals("H >= 7", describe("Math.max(H, 7) == H", "H"));
  }

  @Test
  void shapesReadSimplestUnderTheDomain() {
    Map<String, IntSet> even = Map.of("H", IntSet.progression(2, Long.MAX_VALUE, 2));
    assertEquals("H", Solver.simplify(Dim.parse("2 * (H / 2)"), even).toString());
    assertEquals("H + 6", Solver.simplify(Dim.parse("2 * ((H + 6) / 2)"), even).toString());
    // H / 2 alone stays: H / 2 is no polynomial.
    assertEquals("H / 2", Solver.simplify(Dim.parse("H / 2"), even).toString());
    // Without the evenness nothing changes.
    assertEquals("2 * (H / 2)", Solver.simplify(Dim.parse("2 * (H / 2)"), Map.of()).toString());
    Map<String, IntSet> odd = Map.of("H", IntSet.progression(1, Long.MAX_VALUE, 2));
    assertEquals("H - 1", Solver.simplify(Dim.parse("2 * (H / 2)"), odd).toString());
  }

  @Test
  void polynomialsOfHigherDegree() {
    assertEquals("H == 32", describe("H * H == 1024", "H"));
    assertEquals("H >= 11", describe("H * H * H > 1000", "H"));
    assertEquals("no sizes", describe("H * H == 1000", "H"));
  }

  @Test
  void complementsAndIntersections() {
    IntSet even = IntSet.progression(2, Long.MAX_VALUE, 2);
    assertEquals("H odd", even.not().describe("H"));
    // Said from the bound the user wrote, not from the first member.
    assertEquals("H >= 29, H even", even.and(IntSet.range(29, Long.MAX_VALUE)).describe("H"));
    assertTrue(even.or(even.not()).isAll());
    assertTrue(even.and(even.not()).isEmpty());
  }

  // ---------------------------------------------------------------------------------------------
  // Properties: for random expressions and sizes, the solver's set equals substitution.

  @Test
  void oneSymbolAgreesWithSubstitution() {
    Random rnd = new Random(20261207);
    int decided = 0;
    for (int i = 0; i < 3000; i++) {
      Dim a = expr(rnd, List.of("H"), 3);
      Dim b = rnd.nextInt(3) == 0 ? expr(rnd, List.of("H"), 2) : Dim.of(rnd.nextInt(40));
      Condition.Rel rel = Condition.Rel.values()[rnd.nextInt(6)];
      Condition c = new Condition.Cmp(a, rel, b);
      Solver.Region r;
      try {
        r = Solver.solve(c);
      } catch (Solver.Undecided e) {
        continue;
      }
      decided++;
      for (long h = 1; h <= 200; h++) {
        Map<String, Long> v = Map.of("H", h);
        assertEquals(truth(c, v), contains(r, v), c + " at H=" + h + ": " + r);
      }
    }
    assertTrue(decided > 2500, "decided " + decided);
  }

  @Test
  void productsOfTwoSymbolsAgreeWithSubstitution() {
    Random rnd = new Random(7);
    int decided = 0;
    for (int i = 0; i < 150; i++) {
      Dim u = expr(rnd, List.of("H"), 2);
      Dim v = expr(rnd, List.of("W"), 2);
      long k = 1 + rnd.nextInt(6);
      Dim lhs = u.times(v).times(k);
      Dim rhs = Dim.of(rnd.nextInt(200));
      Condition c =
          new Condition.Cmp(lhs, rnd.nextBoolean() ? Condition.Rel.EQ : Condition.Rel.NE, rhs);
      Solver.Region r;
      try {
        r = Solver.solve(c);
      } catch (Solver.Undecided e) {
        continue;
      }
      decided++;
      for (long h = 1; h <= 32; h++) {
        for (long w = 1; w <= 32; w++) {
          Map<String, Long> val = Map.of("H", h, "W", w);
          assertEquals(truth(c, val), contains(r, val), c + " at " + val + ": " + r);
        }
      }
    }
    assertTrue(decided > 100, "decided " + decided);
  }

  /** A random dim over {@code syms}: sums, products, floor divisions, min, max. */
  private static Dim expr(Random rnd, List<String> syms, int depth) {
    if (depth == 0 || rnd.nextInt(4) == 0) {
      return rnd.nextBoolean()
          ? Dim.sym(syms.get(rnd.nextInt(syms.size())))
          : Dim.of(rnd.nextInt(9) - 2);
    }
    Dim a = expr(rnd, syms, depth - 1);
    return switch (rnd.nextInt(7)) {
      case 0 -> a.plus(expr(rnd, syms, depth - 1));
      case 1 -> a.minus(expr(rnd, syms, depth - 1));
      case 2 -> a.times(rnd.nextInt(4) + 1);
      case 3 -> a.floorDiv(rnd.nextInt(4) + 1);
      case 4 -> a.min(expr(rnd, syms, depth - 1));
      case 5 -> a.max(expr(rnd, syms, depth - 1));
      default -> depth > 1 ? a.times(expr(rnd, syms, depth - 2)) : a.plus(3);
    };
  }

  private static boolean truth(Condition c, Map<String, Long> v) {
    Map<String, Dim> d = new TreeMap<>();
    v.forEach((k, x) -> d.put(k, Dim.of(x)));
    Truth t = c.holds(d);
    if (t == Truth.UNKNOWN) {
      throw new AssertionError("substitution left " + c + " undecided");
    }
    return t == Truth.TRUE;
  }

  private static boolean contains(Solver.Region r, Map<String, Long> v) {
    for (Map<String, IntSet> box : r.boxes()) {
      boolean in = true;
      for (var e : box.entrySet()) {
        in &= e.getValue().contains(v.getOrDefault(e.getKey(), 1L));
      }
      if (in) {
        return true;
      }
    }
    return false;
  }
}
