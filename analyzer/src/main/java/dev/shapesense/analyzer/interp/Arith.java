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
    switch (p.getType()) {
      case INT:
      case LONG:
      case SHORT:
      case BYTE:
        if (v instanceof Double d) {
          return (long) d.doubleValue();
        }
        return v;
      case DOUBLE:
      case FLOAT:
        if (v instanceof Long l) {
          return l.doubleValue();
        }
        return v instanceof Double ? v : Values.UNKNOWN;
      default:
        return v;
    }
  }
}
