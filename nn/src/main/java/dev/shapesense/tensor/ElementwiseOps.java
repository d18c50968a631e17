package dev.shapesense.tensor;

import dev.shapesense.tensor.rules.BroadcastRules;
import dev.shapesense.tensor.rules.ElementwiseRules;
import dev.shapesense.tensor.rules.ElementwiseRules.Operand;
import java.util.ArrayList;
import java.util.List;

/**
 * Tensor-level element-wise ops: operands are tensors or Java numbers ({@code Double}/{@code Float}
 * act as Python floats, {@code Long}/{@code Integer} as Python ints, {@code Boolean} as Python
 * bools). Shapes broadcast by {@link BroadcastRules}; dtypes follow {@code torch.result_type}.
 */
final class ElementwiseOps {
  private ElementwiseOps() {}

  /** How the result dtype follows from the promoted operand dtype. */
  enum Kind {
    /** The promoted dtype ({@code add}, {@code mul}, {@code maximum}...). */
    ARITH,
    /** Integral and bool results become float32 ({@code div}). */
    TRUE_DIV,
    /** Bool ({@code eq}, {@code lt}, {@code logical_and}...). */
    BOOL
  }

  static Operand operand(Object o) {
    if (o instanceof Tensor t) {
      return Operand.tensor(t.dtype(), t.shape());
    }
    if (o instanceof Double || o instanceof Float) {
      return Operand.number(DType.FLOAT32);
    }
    if (o instanceof Boolean) {
      return Operand.number(DType.BOOL);
    }
    if (o instanceof Number) {
      return Operand.number(DType.INT64);
    }
    throw new IllegalArgumentException("not a tensor or number: " + o);
  }

  /** The promoted dtype of the operands. */
  static DType promoted(Object... operands) {
    List<Operand> ops = new ArrayList<>();
    for (Object o : operands) {
      if (o != null) {
        ops.add(operand(o));
      }
    }
    return ElementwiseRules.resultType(ops);
  }

  /** A binary (or n-ary) op over {@code operands}, the first being a tensor. */
  static Tensor apply(Kind kind, Object... operands) {
    Shape shape = null;
    List<Tensor> tensors = new ArrayList<>();
    for (Object o : operands) {
      if (o instanceof Tensor t) {
        shape = shape == null ? t.shape() : BroadcastRules.broadcast(shape, t.shape());
        tensors.add(t);
      }
    }
    DType promoted = promoted(operands);
    DType out =
        switch (kind) {
          case ARITH -> promoted;
          case TRUE_DIV -> ElementwiseRules.trueDivide(promoted);
          case BOOL -> DType.BOOL;
        };
    return Tensor.result(shape, out, tensors.toArray(new Tensor[0]));
  }

  static Tensor sub(Tensor a, Object b, Number alpha) {
    ElementwiseRules.checkSub(a.dtype(), operand(b).dtype());
    return add(a, b, alpha);
  }

  static Tensor add(Tensor a, Object b, Number alpha) {
    Tensor r = apply(Kind.ARITH, a, b);
    ElementwiseRules.checkAlpha(r.dtype(), alpha instanceof Double || alpha instanceof Float);
    return r;
  }

  static Tensor remainder(Tensor a, Object b) {
    Tensor r = apply(Kind.ARITH, a, b);
    ElementwiseRules.checkImplemented("remainder_cpu", r.dtype(), DType.BOOL);
    return r;
  }

  static Tensor pow(Tensor a, Object exponent) {
    if (exponent instanceof Number n && !(n instanceof Double || n instanceof Float)) {
      ElementwiseRules.checkIntegerPower(a.dtype(), n.longValue());
    }
    return apply(Kind.ARITH, a, exponent);
  }

  /** {@code torch.pow(self_number, exponent_tensor)}. */
  static Tensor pow(Number base, Tensor exponent) {
    return apply(Kind.ARITH, exponent, base);
  }

  static Tensor where(Tensor condition, Object x, Object y) {
    List<Tensor> tensors = new ArrayList<>();
    List<Shape> shapes = new ArrayList<>();
    for (Object o : new Object[] {x, y}) {
      if (o instanceof Tensor t) {
        tensors.add(t);
        shapes.add(t.shape());
      } else {
        shapes.add(Shape.of());
      }
    }
    Shape s =
        ElementwiseRules.where(condition.shape(), condition.dtype(), shapes.get(0), shapes.get(1));
    tensors.add(0, condition);
    return Tensor.result(s, promoted(x, y), tensors.toArray(new Tensor[0]));
  }

  static Tensor maskedFill(Tensor self, Tensor mask, Object value) {
    Shape v = value instanceof Tensor t ? t.shape() : null;
    Shape s = ElementwiseRules.maskedFill(self.shape(), mask.shape(), v);
    return Tensor.result(s, self.dtype(), self, mask, value instanceof Tensor t ? t : null);
  }

  /** A unary op computed in floating point ({@code exp}, {@code sqrt}...): ints become float32. */
  static Tensor floating(Tensor a) {
    return Tensor.result(a.shape(), ElementwiseRules.trueDivide(a.dtype()), a);
  }

  /** A unary op that keeps shape and dtype. */
  static Tensor same(Tensor a) {
    return Tensor.result(a.shape(), a.dtype(), a);
  }

  static Tensor neg(Tensor a) {
    ElementwiseRules.checkNeg(a.dtype());
    return same(a);
  }

  static Tensor abs(Tensor a) {
    ElementwiseRules.checkImplemented("abs_cpu", a.dtype(), DType.BOOL);
    return same(a);
  }

  static Tensor clamp(Tensor a, Number min, Number max) {
    ElementwiseRules.checkClamp(min != null, max != null);
    return Tensor.result(a.shape(), promoted(a, min, max), a);
  }

  static Tensor clamp(Tensor a, Tensor min, Tensor max) {
    ElementwiseRules.checkClamp(min != null, max != null);
    return apply(Kind.ARITH, a, min, max);
  }

  /** {@code floor}/{@code ceil}/{@code round}: same dtype; no bool kernel. */
  static Tensor rounding(String kernel, Tensor a) {
    ElementwiseRules.checkImplemented(kernel, a.dtype(), DType.BOOL);
    return same(a);
  }
}
