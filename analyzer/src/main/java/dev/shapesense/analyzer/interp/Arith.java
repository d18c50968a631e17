package dev.shapesense.analyzer.interp;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.type.PrimitiveType;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Truth;
import java.util.Objects;

/** Java's arithmetic on abstract values: longs, doubles, strings, and symbolic {@link Dim}s. */
final class Arith {
  private Arith() {}

  static Object binary(BinaryExpr.Operator op, Object l, Object r) {
    if (Values.isUnknown(l) || Values.isUnknown(r)) {
      return Values.UNKNOWN;
    }
    if (op == BinaryExpr.Operator.PLUS && (l instanceof String || r instanceof String)) {
      return str(l) + str(r);
    }
    // A Character from the JDK (String.charAt) in arithmetic or ==: its code, as the analysis holds
    // a char (JLS 5.6: unboxed, then promoted).
    if (l instanceof Character c) {
      l = (long) c.charValue();
    }
    if (r instanceof Character c) {
      r = (long) c.charValue();
    }
    if (op == BinaryExpr.Operator.EQUALS || op == BinaryExpr.Operator.NOT_EQUALS) {
      Object eq = equality(l, r);
      if (eq instanceof Boolean b) {
        return op == BinaryExpr.Operator.EQUALS ? b : !b;
      }
      return eq;
    }
    if (l instanceof Long a && r instanceof Long b) {
      return longs(op, a, b);
    }
    if ((l instanceof Long || l instanceof Double) && (r instanceof Long || r instanceof Double)) {
      return doubles(op, ((Number) l).doubleValue(), ((Number) r).doubleValue());
    }
    Dim a = Values.asDim(l);
    Dim b = Values.asDim(r);
    if (a != null && b != null) {
      return dims(op, a, b);
    }
    if (l instanceof Boolean x && r instanceof Boolean y) {
      return switch (op) {
        case BINARY_AND -> x & y;
        case BINARY_OR -> x | y;
        case XOR -> x ^ y;
        default -> Values.UNKNOWN;
      };
    }
    return Values.UNKNOWN;
  }

  private static String str(Object o) {
    if (o instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
      return String.valueOf(d);
    }
    return String.valueOf(o);
  }

  private static Object equality(Object l, Object r) {
    if (l instanceof Values.TypeValue || r instanceof Values.TypeValue) {
      // A workspace class literal: the same type is the same class; a Class object (getClass())
      // is not comparable with it here.
      return l instanceof Values.TypeValue && l.equals(r) ? (Object) true : Values.UNKNOWN;
    }
    if (l == null || r == null) {
      return l == r;
    }
    Dim a = Values.asDim(l);
    Dim b = Values.asDim(r);
    if (a != null && b != null) {
      Truth t = Dim.eq(a, b);
      return t == Truth.UNKNOWN ? Values.UNKNOWN : (Object) (t == Truth.TRUE);
    }
    if (l instanceof Number x && r instanceof Number y) {
      return x.doubleValue() == y.doubleValue();
    }
    if (l instanceof Boolean || l instanceof String || l instanceof Enum<?>) {
      return Objects.equals(l, r);
    }
    return l == r;
  }

  private static Object longs(BinaryExpr.Operator op, long a, long b) {
    switch (op) {
      case PLUS:
        return a + b;
      case MINUS:
        return a - b;
      case MULTIPLY:
        return a * b;
      case DIVIDE:
        return b == 0 ? Values.UNKNOWN : (Object) (a / b);
      case REMAINDER:
        return b == 0 ? Values.UNKNOWN : (Object) (a % b);
      case LESS:
        return a < b;
      case LESS_EQUALS:
        return a <= b;
      case GREATER:
        return a > b;
      case GREATER_EQUALS:
        return a >= b;
      case LEFT_SHIFT:
        return a << b;
      case SIGNED_RIGHT_SHIFT:
        return a >> b;
      case UNSIGNED_RIGHT_SHIFT:
        return a >>> b;
      case BINARY_AND:
        return a & b;
      case BINARY_OR:
        return a | b;
      case XOR:
        return a ^ b;
      default:
        return Values.UNKNOWN;
    }
  }

  private static Object doubles(BinaryExpr.Operator op, double a, double b) {
    switch (op) {
      case PLUS:
        return a + b;
      case MINUS:
        return a - b;
      case MULTIPLY:
        return a * b;
      case DIVIDE:
        return a / b;
      case REMAINDER:
        return a % b;
      case LESS:
        return a < b;
      case LESS_EQUALS:
        return a <= b;
      case GREATER:
        return a > b;
      case GREATER_EQUALS:
        return a >= b;
      default:
        return Values.UNKNOWN;
    }
  }

  /** Sizes are non-negative, so Java's truncating division is floor division here. */
  private static Object dims(BinaryExpr.Operator op, Dim a, Dim b) {
    Truth t;
    switch (op) {
      case PLUS:
        return Values.normal(a.plus(b));
      case MINUS:
        return Values.normal(a.minus(b));
      case MULTIPLY:
        return Values.normal(a.times(b));
      case DIVIDE:
        if (b.isConst() && b.value() > 0) {
          return Values.normal(a.floorDiv(b.value()));
        }
        Dim q = a.divideExactOrNull(b);
        return q == null ? Values.UNKNOWN : Values.normal(q);
      case LESS:
        t = Dim.lt(a, b);
        break;
      case LESS_EQUALS:
        t = Dim.le(a, b);
        break;
      case GREATER:
        t = Dim.lt(b, a);
        break;
      case GREATER_EQUALS:
        t = Dim.le(b, a);
        break;
      default:
        return Values.UNKNOWN;
    }
    return t == Truth.UNKNOWN ? Values.UNKNOWN : (Object) (t == Truth.TRUE);
  }

  static Object cast(Object v, PrimitiveType p) {
    return narrow(v, Overloads.Prim.of(p.getType()));
  }

  // ---------------------------------------------------------------------------------------------
  // Java's primitive conversions and promotions (JLS 5.1.2, 5.1.3, 5.6). An integral value of any
  // width is a Long, a float or double a Double (a float's value rounded to float precision).

  /** The low 32 bits of {@code v} as an int's value (two's-complement wrapping). */
  static long wrapInt(long v) {
    return (int) v;
  }

  /**
   * {@code v} converted to primitive type {@code to} as a cast does (JLS 5.1.2, 5.1.3): integral
   * narrowing keeps the low bits; a floating value to an integral type rounds toward zero, NaN
   * gives 0, and a value out of the int or long range saturates (then keeps the low bits for byte,
   * short and char); to float, the nearest float. A symbolic size stays itself as an int or long
   * (sizes fit in both); anything else that is not a number is unchanged.
   */
  static Object narrow(Object v, Overloads.Prim to) {
    if (to == null) {
      return v;
    }
    if (v instanceof Long l) {
      long x = l;
      return switch (to) {
        case BYTE -> (long) (byte) x;
        case SHORT -> (long) (short) x;
        case CHAR -> (long) (char) x;
        case INT -> (long) (int) x;
        case LONG -> v;
        case FLOAT -> (double) (float) x;
        case DOUBLE -> (double) x;
        case BOOLEAN -> Values.UNKNOWN;
      };
    }
    if (v instanceof Double d) {
      double x = d;
      return switch (to) {
        case BYTE -> (long) (byte) x;
        case SHORT -> (long) (short) x;
        case CHAR -> (long) (char) x;
        case INT -> (long) (int) x;
        case LONG -> (long) x;
        case FLOAT -> (double) (float) x;
        case DOUBLE -> v;
        case BOOLEAN -> Values.UNKNOWN;
      };
    }
    if (v instanceof Boolean) {
      return to == Overloads.Prim.BOOLEAN ? v : Values.UNKNOWN;
    }
    if (Values.isUnknown(v)) {
      return v;
    }
    return switch (to) {
      case INT, LONG -> v;
      // A symbolic size as a floating value, or narrowed to fewer bits: not known.
      case DOUBLE, FLOAT, BYTE, SHORT, CHAR -> Values.asDim(v) != null ? Values.UNKNOWN : v;
      case BOOLEAN -> v;
    };
  }

  /** Unary numeric promotion (JLS 5.6): byte, short and char become int; null stays unknown. */
  static Overloads.Prim promote(Overloads.Prim t) {
    if (t == null || t == Overloads.Prim.BOOLEAN) {
      return t;
    }
    return t.ordinal() < Overloads.Prim.INT.ordinal() ? Overloads.Prim.INT : t;
  }

  /**
   * Binary numeric promotion (JLS 5.6): double if either is, else float, else long, else int; null
   * (unknown) when either operand's type is not known or not numeric.
   */
  static Overloads.Prim promote(Overloads.Prim a, Overloads.Prim b) {
    if (a == null || b == null || a == Overloads.Prim.BOOLEAN || b == Overloads.Prim.BOOLEAN) {
      return null;
    }
    Overloads.Prim pa = promote(a);
    Overloads.Prim pb = promote(b);
    return pa.ordinal() >= pb.ordinal() ? pa : pb;
  }

  /**
   * A numeric operator on operands whose promoted type is {@code type} (INT, LONG, FLOAT or DOUBLE;
   * for a shift, the promoted type of the left operand): Java's result, an int's wrapped to 32
   * bits, a float's rounded to float. With {@code type} null (the operands' types are not known),
   * the result of {@link #binary(BinaryExpr.Operator, Object, Object)}, which is Java's when the
   * operation is long or floating, and an int operation's when that gives the same.
   */
  static Object binary(BinaryExpr.Operator op, Object l, Object r, Overloads.Prim type) {
    if (Values.isUnknown(l) || Values.isUnknown(r)) {
      return Values.UNKNOWN;
    }
    boolean numbers =
        (l instanceof Long || l instanceof Double) && (r instanceof Long || r instanceof Double);
    if (type == null || !numbers) {
      return binary(op, l, r);
    }
    switch (type) {
      case INT:
        if (l instanceof Long a && r instanceof Long b) {
          return ints(op, (int) a.longValue(), b);
        }
        return binary(op, l, r);
      case LONG:
        if (l instanceof Long a && r instanceof Long b) {
          return longs(op, a, b);
        }
        return binary(op, l, r);
      case FLOAT:
        // The double operation on the floats, rounded to float: what float arithmetic gives (a
        // double has at least 2 x 24 + 2 bits, so rounding twice gives the float the exact sum,
        // difference, product or quotient rounds to; a remainder is exact).
        Object d =
            doubles(op, (float) ((Number) l).doubleValue(), (float) ((Number) r).doubleValue());
        return d instanceof Double x ? (Object) (double) (float) x.doubleValue() : d;
      case DOUBLE:
        return doubles(op, ((Number) l).doubleValue(), ((Number) r).doubleValue());
      default:
        return binary(op, l, r);
    }
  }

  /**
   * Whether an integral operator gives the same value on {@code a} and {@code b} whether the
   * operation is int (both fit in an int) or long: when the operands' types are not known, only
   * then is the value known.
   */
  static boolean sameAsIntAndLong(BinaryExpr.Operator op, long a, long b) {
    if (a != (int) a || b != (int) b) {
      return true; // A value that does not fit in an int: the operation is long.
    }
    return Objects.equals(longs(op, a, b), ints(op, (int) a, b));
  }

  /**
   * An int operation (JLS 15.17-15.22): the long one on the same values, wrapped to 32 bits (the
   * low 32 bits of a sum, product, quotient or bitwise result do not depend on the higher ones;
   * MIN_VALUE / -1 wraps back to MIN_VALUE); a shift's distance masked by 31, and {@code >>>}
   * shifting in zeros from bit 31.
   */
  private static Object ints(BinaryExpr.Operator op, int a, long right) {
    int distance = (int) right & 31;
    Object r =
        switch (op) {
          case LEFT_SHIFT, SIGNED_RIGHT_SHIFT -> longs(op, a, distance);
          case UNSIGNED_RIGHT_SHIFT -> longs(op, a & 0xFFFFFFFFL, distance);
          default -> longs(op, a, (int) right);
        };
    return r instanceof Long x ? (Object) wrapInt(x) : r;
  }

  // ---------------------------------------------------------------------------------------------
  // Boxes (JLS 5.1.7) and reference identity (JLS 15.21.3).

  /**
   * Whether valueOf's box of {@code v} as a {@code p} is the cached one (the same object for every
   * boxing of that value): a boolean always, a byte, short, int or long in -128..127, a char in
   * 0..127. A float or double never is.
   */
  static boolean cached(Object v, Overloads.Prim p) {
    if (v instanceof Boolean) {
      return true;
    }
    if (!(v instanceof Long l) || p == null) {
      return false;
    }
    return switch (p) {
      case BYTE, SHORT, INT, LONG -> l >= -128 && l <= 127;
      case CHAR -> l >= 0 && l <= 127;
      default -> false;
    };
  }

  /** A new object equal to the box {@code v} (a new Long, Double), or {@code v} itself. */
  @SuppressWarnings({"removal", "deprecation"})
  static Object newBox(Object v) {
    if (v instanceof Long l) {
      return new Long(l);
    }
    if (v instanceof Double d) {
      return new Double(d);
    }
    return v;
  }

  /**
   * Whether two boxes or strings of reference type are the same object, where that is known: an
   * object whose identity the analysis follows ({@code knownL}, {@code knownR}) is the one it is;
   * two values that differ are two objects; a box in valueOf's cache (of type {@code box}, or of
   * any type when null) is the cached one unless it is followed. Null when not known (two equal
   * boxes or strings whose origin the analysis has not followed).
   */
  static Boolean sameObject(
      Object l, Object r, boolean knownL, boolean knownR, Overloads.Prim box) {
    if (l == null || r == null) {
      return l == r;
    }
    if (l instanceof Long != r instanceof Long) {
      // A long and a double: no two boxes compare so (Integer == Double does not compile), so one
      // is a primitive and the comparison numeric.
      return l instanceof Number x && r instanceof Number y && x.doubleValue() == y.doubleValue();
    }
    if (!l.equals(r)) {
      // Two values that differ are two objects; 0.0 and -0.0 are equal numbers: not known which.
      return l instanceof Double x && r instanceof Double y && x.doubleValue() == y.doubleValue()
          ? null
          : false;
    }
    if (knownL && knownR) {
      return l == r;
    }
    if (knownL || knownR) {
      return null; // A followed object and one of another origin.
    }
    if (l instanceof Boolean) {
      return true;
    }
    if (l instanceof Long && cached(l, box == null ? Overloads.Prim.CHAR : box)) {
      return true;
    }
    return null;
  }
}
