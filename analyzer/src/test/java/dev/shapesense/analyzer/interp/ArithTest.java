package dev.shapesense.analyzer.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.javaparser.ast.expr.BinaryExpr.Operator;
import dev.shapesense.analyzer.interp.Overloads.Prim;
import org.junit.jupiter.api.Test;

/**
 * Java's primitive arithmetic and conversions (JLS 5.1.3, 5.6, 15.17-15.19) and box identity (JLS
 * 5.1.7, 15.21.3) as {@link Arith} computes them: each expected value is the JVM's (the Java in
 * each comment).
 */
class ArithTest {
  @Test
  void narrowingKeepsTheLowBits() {
    assertEquals(6L, Arith.narrow(262L, Prim.BYTE)); // (byte) 262
    assertEquals(-128L, Arith.narrow(128L, Prim.BYTE)); // (byte) 128
    assertEquals(65535L, Arith.narrow(-1L, Prim.CHAR)); // (char) -1
    assertEquals(-32768L, Arith.narrow(32768L, Prim.SHORT)); // (short) 32768
    assertEquals(6L, Arith.narrow(4294967302L, Prim.INT)); // (int) 4294967302L
    assertEquals(4294967302L, Arith.narrow(4294967302L, Prim.LONG));
    assertEquals(6L, Arith.wrapInt(4294967302L));
  }

  @Test
  void narrowingFromFloatingRoundsTowardZeroAndSaturates() {
    assertEquals((long) Integer.MAX_VALUE, Arith.narrow(3.9e10, Prim.INT)); // (int) 3.9e10
    assertEquals((long) Integer.MIN_VALUE, Arith.narrow(-3.9e10, Prim.INT));
    assertEquals(Long.MAX_VALUE, Arith.narrow(1e30, Prim.LONG)); // (long) 1e30
    assertEquals(0L, Arith.narrow(Double.NaN, Prim.INT)); // (int) Double.NaN
    assertEquals(0L, Arith.narrow(Double.NaN, Prim.LONG));
    assertEquals(-3L, Arith.narrow(-3.9, Prim.INT)); // (int) -3.9
    assertEquals(6L, Arith.narrow(6.9, Prim.INT));
    assertEquals(-1L, Arith.narrow(3.9e10, Prim.BYTE)); // (byte) 3.9e10: (byte) Integer.MAX_VALUE
    assertEquals(65535L, Arith.narrow(1e10, Prim.CHAR)); // (char) 1e10
    assertEquals((double) 0.1f, Arith.narrow(0.1, Prim.FLOAT)); // (float) 0.1
    assertEquals(4.0, Arith.narrow(4L, Prim.DOUBLE));
  }

  @Test
  void intArithmeticWrapsAt32Bits() {
    assertEquals(0L, Arith.binary(Operator.MULTIPLY, 65536L, 65536L, Prim.INT)); // 65536 * 65536
    assertEquals(
        (long) Integer.MIN_VALUE + 6,
        Arith.binary(Operator.PLUS, (long) Integer.MAX_VALUE, 7L, Prim.INT)); // MAX_VALUE + 7
    assertEquals(
        (long) Integer.MIN_VALUE,
        Arith.binary(Operator.MINUS, 0L, (long) Integer.MIN_VALUE, Prim.INT)); // -MIN_VALUE
    assertEquals(
        (long) Integer.MIN_VALUE,
        Arith.binary(Operator.DIVIDE, (long) Integer.MIN_VALUE, -1L, Prim.INT)); // MIN / -1
    assertEquals(4294967296L, Arith.binary(Operator.MULTIPLY, 65536L, 65536L, Prim.LONG));
  }

  @Test
  void longArithmeticWrapsAt64Bits() {
    assertEquals(Long.MIN_VALUE, Arith.binary(Operator.PLUS, Long.MAX_VALUE, 1L, Prim.LONG));
    assertEquals(Long.MIN_VALUE, Arith.binary(Operator.MINUS, 0L, Long.MIN_VALUE, Prim.LONG));
  }

  @Test
  void shiftDistancesAreMasked() {
    assertEquals(2L, Arith.binary(Operator.LEFT_SHIFT, 1L, 33L, Prim.INT)); // 1 << 33
    assertEquals(4L, Arith.binary(Operator.LEFT_SHIFT, 1L, 66L, Prim.LONG)); // 1L << 66
    assertEquals(8589934592L, Arith.binary(Operator.LEFT_SHIFT, 1L, 33L, Prim.LONG)); // 1L << 33
    assertEquals(
        (long) Integer.MIN_VALUE, Arith.binary(Operator.LEFT_SHIFT, 1L, 31L, Prim.INT)); // 1 << 31
    assertEquals(
        (long) Integer.MAX_VALUE, Arith.binary(Operator.UNSIGNED_RIGHT_SHIFT, -1L, 1L, Prim.INT));
    assertEquals(
        Long.MAX_VALUE, Arith.binary(Operator.UNSIGNED_RIGHT_SHIFT, -1L, 1L, Prim.LONG)); // -1L>>>1
    assertEquals(-1L, Arith.binary(Operator.SIGNED_RIGHT_SHIFT, -1L, 40L, Prim.INT)); // -1 >> 40
  }

  @Test
  void divisionTruncatesTowardZero() {
    assertEquals(-3L, Arith.binary(Operator.DIVIDE, -7L, 2L, Prim.INT)); // -7 / 2
    assertEquals(-1L, Arith.binary(Operator.REMAINDER, -7L, 2L, Prim.INT)); // -7 % 2
    assertEquals(1L, Arith.binary(Operator.REMAINDER, 7L, -2L, Prim.LONG)); // 7L % -2L
    // An ArithmeticException on the JVM: no value.
    assertTrue(Values.isUnknown(Arith.binary(Operator.DIVIDE, 7L, 0L, Prim.INT)));
    assertTrue(Values.isUnknown(Arith.binary(Operator.REMAINDER, 7L, 0L, Prim.LONG)));
    assertEquals(Double.POSITIVE_INFINITY, Arith.binary(Operator.DIVIDE, 7L, 0L, Prim.DOUBLE));
  }

  @Test
  void floatArithmeticRoundsToFloat() {
    // 0.1f + 0.2f
    assertEquals((double) (0.1f + 0.2f), Arith.binary(Operator.PLUS, 0.1, 0.2, Prim.FLOAT));
    assertEquals(0.5, Arith.binary(Operator.DIVIDE, 1L, 2L, Prim.DOUBLE)); // 1 / 2.0
  }

  @Test
  void promotion() {
    assertEquals(Prim.INT, Arith.promote(Prim.BYTE, Prim.CHAR)); // byte + char: int
    assertEquals(Prim.INT, Arith.promote(Prim.SHORT));
    assertEquals(Prim.LONG, Arith.promote(Prim.INT, Prim.LONG));
    assertEquals(Prim.FLOAT, Arith.promote(Prim.LONG, Prim.FLOAT));
    assertEquals(Prim.DOUBLE, Arith.promote(Prim.FLOAT, Prim.DOUBLE));
    assertNull(Arith.promote(Prim.INT, null));
  }

  @Test
  void intAndLongAgreeOnlyWithoutOverflow() {
    assertTrue(Arith.sameAsIntAndLong(Operator.PLUS, 2L, 3L));
    assertFalse(Arith.sameAsIntAndLong(Operator.MULTIPLY, 65536L, 65536L));
    assertFalse(Arith.sameAsIntAndLong(Operator.LEFT_SHIFT, 1L, 33L));
    assertFalse(Arith.sameAsIntAndLong(Operator.UNSIGNED_RIGHT_SHIFT, -1L, 1L));
    // An operand beyond the int range: the operation is long.
    assertTrue(Arith.sameAsIntAndLong(Operator.PLUS, Long.MAX_VALUE, 1L));
  }

  @Test
  void boxIdentity() {
    // Integer a = 100, b = 100; a == b: the cached box.
    assertEquals(true, Arith.sameObject(100L, 100L, false, false, Prim.INT));
    // Character a = 200, b = 200: outside Character's cache (0..127).
    assertNull(Arith.sameObject(200L, 200L, false, false, Prim.CHAR));
    assertEquals(true, Arith.sameObject(-128L, -128L, false, false, Prim.LONG));
    assertNull(Arith.sameObject(-128L, -128L, false, false, Prim.CHAR));
    // Integer a = 1000, b = 1000, both boxed where the analysis saw it: two objects.
    Object a = Arith.newBox(1000L);
    Object b = Arith.newBox(1000L);
    assertNotSame(a, b);
    assertEquals(false, Arith.sameObject(a, b, true, true, Prim.INT));
    assertEquals(true, Arith.sameObject(a, a, true, true, Prim.INT)); // Integer b = a
    // Of unknown origin: not known.
    assertNull(Arith.sameObject(1000L, 1000L, false, false, Prim.INT));
    // Different values: different objects.
    assertEquals(false, Arith.sameObject(1000L, 1001L, false, false, Prim.INT));
    assertEquals(true, Arith.sameObject(true, true, false, false, Prim.BOOLEAN));
    // Double a = 1.0, b = 1.0: never cached.
    assertNull(Arith.sameObject(1.0, 1.0, false, false, Prim.DOUBLE));
    // Double a = Double.NaN; a == a: one object (a numeric NaN == NaN would be false).
    Object nan = Arith.newBox(Double.NaN);
    assertEquals(true, Arith.sameObject(nan, nan, true, true, Prim.DOUBLE));
    assertEquals(false, Arith.sameObject(nan, 1.0, true, false, Prim.DOUBLE));
    // new String("ab") == "ab"
    String made = new String("ab");
    assertEquals(false, Arith.sameObject(made, "ab", true, true, null));
    assertEquals(true, Arith.sameObject("ab", "ab", true, true, null));
    assertNull(Arith.sameObject(made, "ab", false, true, null));
    assertTrue(Arith.cached(127L, Prim.INT));
    assertFalse(Arith.cached(128L, Prim.INT));
    assertSame(Boolean.TRUE, Arith.narrow(Boolean.TRUE, Prim.BOOLEAN));
  }
}
