package dev.shapesense.tensor;

import dev.shapesense.tensor.rules.BroadcastRules;
import dev.shapesense.tensor.rules.ElementwiseRules;
import dev.shapesense.tensor.rules.ElementwiseRules.Operand;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.function.LongBinaryOperator;

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

  /** The element operation of a binary op: in doubles, and exactly in longs where integral. */
  enum Bin {
    ADD((a, b) -> a + b, (a, b) -> a + b),
    MUL((a, b) -> a * b, (a, b) -> a * b),
    DIV((a, b) -> a / b, null),
    MAXIMUM(Math::max, Math::max),
    MINIMUM(Math::min, Math::min),
    FMOD((a, b) -> a % b, (a, b) -> a % b),
    REMAINDER((a, b) -> a - Math.floor(a / b) * b, Math::floorMod),
    POW(Math::pow, ElementwiseOps::longPow),
    EQ((a, b) -> a == b ? 1 : 0, null),
    NE((a, b) -> a != b ? 1 : 0, null),
    LT((a, b) -> a < b ? 1 : 0, null),
    LE((a, b) -> a <= b ? 1 : 0, null),
    GT((a, b) -> a > b ? 1 : 0, null),
    GE((a, b) -> a >= b ? 1 : 0, null),
    AND((a, b) -> a != 0 && b != 0 ? 1 : 0, null),
    OR((a, b) -> a != 0 || b != 0 ? 1 : 0, null);

    final DoubleBinaryOperator f;
    final LongBinaryOperator exact;

    Bin(DoubleBinaryOperator f, LongBinaryOperator exact) {
      this.f = f;
      this.exact = exact;
    }
  }

  private static long longPow(long base, long exp) {
    long r = 1;
    for (long i = 0; i < exp; i++) {
      r *= base;
    }
    return r;
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

  /** A binary op over a tensor and a tensor or number, computed on CPU by {@code op}. */
  static Tensor apply(Kind kind, Bin op, Object a, Object b) {
    Tensor meta = apply(kind, a, b);
    return meta != null ? meta : binary(kind, op.f, op.exact, a, b);
  }

  /**
   * {@code f(a, b)} element-wise on CPU, broadcasting, in the promoted dtype; exactly in longs when
   * the result is integral and {@code exact} is given.
   */
  static Tensor binary(
      Kind kind, DoubleBinaryOperator f, LongBinaryOperator exact, Object a, Object b) {
    Shape shape = shapeOf(a, b);
    DType promoted = promoted(a, b);
    DType out = outType(kind, promoted);
    Tensor ta = a instanceof Tensor t ? t : null;
    Tensor tb = b instanceof Tensor t ? t : null;
    CpuOps.requireData(ta);
    CpuOps.requireData(tb);
    int n = CpuOps.numel(CpuOps.sizes(shape));
    int[] ma =
        ta == null || ta.shape().equals(shape) ? null : CpuOps.broadcastMap(shape, ta.shape());
    int[] mb =
        tb == null || tb.shape().equals(shape) ? null : CpuOps.broadcastMap(shape, tb.shape());
    if (exact != null && !out.isFloatingPoint() && out != DType.BOOL) {
      long[] la = ta == null ? null : ta.longs();
      long[] lb = tb == null ? null : tb.longs();
      long sa = ta == null ? ((Number) a).longValue() : 0;
      long sb = tb == null ? ((Number) b).longValue() : 0;
      long[] v = new long[n];
      for (int i = 0; i < n; i++) {
        long x = la == null ? sa : la[ma == null ? i : ma[i]];
        long y = lb == null ? sb : lb[mb == null ? i : mb[i]];
        v[i] = exact.applyAsLong(x, y);
      }
      return Tensor.computedLongs(shape, out, v, ta, tb);
    }
    double[] da = ta == null ? null : ta.doubles();
    double[] db = tb == null ? null : tb.doubles();
    double sa = ta == null ? number(a, promoted) : 0;
    double sb = tb == null ? number(b, promoted) : 0;
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      double x = da == null ? sa : da[ma == null ? i : ma[i]];
      double y = db == null ? sb : db[mb == null ? i : mb[i]];
      v[i] = f.applyAsDouble(x, y);
    }
    return Tensor.computed(shape, out, v, ta, tb);
  }

  /** A Python number as the op sees it: rounded to a float32 computation's precision. */
  private static double number(Object o, DType computeType) {
    double v = o instanceof Boolean bool ? (bool ? 1 : 0) : ((Number) o).doubleValue();
    return computeType == DType.FLOAT32 ? (float) v : v;
  }

  private static Shape shapeOf(Object... operands) {
    Shape shape = null;
    for (Object o : operands) {
      if (o instanceof Tensor t) {
        shape = shape == null ? t.shape() : BroadcastRules.broadcast(shape, t.shape());
      }
    }
    return shape;
  }

  private static DType outType(Kind kind, DType promoted) {
    return switch (kind) {
      case ARITH -> promoted;
      case TRUE_DIV -> ElementwiseRules.trueDivide(promoted);
      case BOOL -> DType.BOOL;
    };
  }

  /**
   * A binary (or n-ary) op over {@code operands}, the first being a tensor: the META result, or
   * null (after the same checks) when the first tensor holds data and a kernel must compute it.
   */
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
    DType out = outType(kind, promoted);
    if (tensors.get(0).hasData()) {
      return null;
    }
    return Tensor.result(shape, out, tensors.toArray(new Tensor[0]));
  }

  static Tensor sub(Tensor a, Object b, Number alpha) {
    ElementwiseRules.checkSub(a.dtype(), operand(b).dtype());
    Number negated =
        alpha == null
            ? Long.valueOf(-1)
            : alpha instanceof Double || alpha instanceof Float
                ? (Number) (-alpha.doubleValue())
                : (Number) (-alpha.longValue());
    if (!a.hasData()) {
      return add(a, b, alpha);
    }
    return add(a, b, negated);
  }

  static Tensor add(Tensor a, Object b, Number alpha) {
    Tensor meta = apply(Kind.ARITH, a, b);
    DType out = meta != null ? meta.dtype() : promoted(a, b);
    ElementwiseRules.checkAlpha(out, alpha instanceof Double || alpha instanceof Float);
    if (meta != null) {
      return meta;
    }
    if (alpha == null) {
      return binary(Kind.ARITH, Bin.ADD.f, Bin.ADD.exact, a, b);
    }
    double da = alpha.doubleValue();
    long la = alpha.longValue();
    return binary(Kind.ARITH, (x, y) -> x + da * y, (x, y) -> x + la * y, a, b);
  }

  static Tensor remainder(Tensor a, Object b) {
    Tensor meta = apply(Kind.ARITH, a, b);
    ElementwiseRules.checkImplemented(
        "remainder_cpu", meta != null ? meta.dtype() : promoted(a, b), DType.BOOL);
    return meta != null ? meta : binary(Kind.ARITH, Bin.REMAINDER.f, Bin.REMAINDER.exact, a, b);
  }

  static Tensor pow(Tensor a, Object exponent) {
    if (exponent instanceof Number n && !(n instanceof Double || n instanceof Float)) {
      ElementwiseRules.checkIntegerPower(a.dtype(), n.longValue());
    }
    return apply(Kind.ARITH, Bin.POW, a, exponent);
  }

  /** {@code torch.pow(self_number, exponent_tensor)}. */
  static Tensor pow(Number base, Tensor exponent) {
    Tensor meta = apply(Kind.ARITH, exponent, base);
    return meta != null
        ? meta
        : binary(Kind.ARITH, (e, b) -> Math.pow(b, e), (e, b) -> longPow(b, e), exponent, base);
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
    DType d = promoted(x, y);
    if (!condition.hasData()) {
      return Tensor.result(s, d, tensors.toArray(new Tensor[0]));
    }
    int n = CpuOps.numel(CpuOps.sizes(s));
    double[] c = pick(condition, s);
    double[] vx = x instanceof Tensor t ? pick(t, s) : null;
    double[] vy = y instanceof Tensor t ? pick(t, s) : null;
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = c[i] != 0 ? (vx == null ? number(x, d) : vx[i]) : (vy == null ? number(y, d) : vy[i]);
    }
    return Tensor.computed(s, d, v, tensors.toArray(new Tensor[0]));
  }

  /** {@code t}'s elements broadcast to {@code s}. */
  private static double[] pick(Tensor t, Shape s) {
    if (t.shape().equals(s)) {
      return t.doubles();
    }
    double[] in = t.doubles();
    int[] map = CpuOps.broadcastMap(s, t.shape());
    double[] out = new double[map.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = in[map[i]];
    }
    return out;
  }

  static Tensor maskedFill(Tensor self, Tensor mask, Object value) {
    Shape v = value instanceof Tensor t ? t.shape() : null;
    Shape s = ElementwiseRules.maskedFill(self.shape(), mask.shape(), v);
    Tensor tv = value instanceof Tensor t ? t : null;
    if (!self.hasData()) {
      return Tensor.result(s, self.dtype(), self, mask, tv);
    }
    double fill = tv != null ? tv.item() : ((Number) value).doubleValue();
    double[] m = pick(mask, s);
    double[] out = pick(self, s).clone();
    for (int i = 0; i < out.length; i++) {
      if (m[i] != 0) {
        out[i] = fill;
      }
    }
    return Tensor.computed(s, self.dtype(), out, self, mask, tv);
  }

  /** {@code f} applied to each element of a CPU tensor, giving dtype {@code out}. */
  static Tensor map(Tensor a, DType out, DoubleUnaryOperator f) {
    double[] in = a.doubles();
    double[] v = new double[in.length];
    for (int i = 0; i < v.length; i++) {
      v[i] = f.applyAsDouble(in[i]);
    }
    return Tensor.computed(a.shape(), out, v, a);
  }

  /** A unary op computed in floating point ({@code exp}, {@code sqrt}...): ints become float32. */
  static Tensor floating(Tensor a, DoubleUnaryOperator f) {
    DType d = ElementwiseRules.trueDivide(a.dtype());
    return a.hasData() ? map(a, d, f) : Tensor.result(a.shape(), d, a);
  }

  /** A unary op that keeps shape and dtype. */
  static Tensor same(Tensor a, DoubleUnaryOperator f) {
    return a.hasData() ? map(a, a.dtype(), f) : Tensor.result(a.shape(), a.dtype(), a);
  }

  static Tensor neg(Tensor a) {
    ElementwiseRules.checkNeg(a.dtype());
    if (a.hasData() && a.dtype() == DType.INT64) {
      long[] in = a.longs();
      long[] v = new long[in.length];
      for (int i = 0; i < v.length; i++) {
        v[i] = -in[i];
      }
      return Tensor.computedLongs(a.shape(), a.dtype(), v, a);
    }
    return same(a, x -> -x);
  }

  static Tensor abs(Tensor a) {
    ElementwiseRules.checkImplemented("abs_cpu", a.dtype(), DType.BOOL);
    return same(a, Math::abs);
  }

  static Tensor clamp(Tensor a, Number min, Number max) {
    ElementwiseRules.checkClamp(min != null, max != null);
    DType d = promoted(a, min, max);
    if (!a.hasData()) {
      return Tensor.result(a.shape(), d, a);
    }
    double lo = min == null ? Double.NEGATIVE_INFINITY : number(min, d);
    double hi = max == null ? Double.POSITIVE_INFINITY : number(max, d);
    return map(a, d, x -> Double.isNaN(x) ? x : Math.min(Math.max(x, lo), hi));
  }

  static Tensor clamp(Tensor a, Tensor min, Tensor max) {
    ElementwiseRules.checkClamp(min != null, max != null);
    Tensor meta = apply(Kind.ARITH, a, min, max);
    if (meta != null) {
      return meta;
    }
    Tensor r = a;
    if (min != null) {
      r = apply(Kind.ARITH, Bin.MAXIMUM, r, min);
    }
    if (max != null) {
      r = apply(Kind.ARITH, Bin.MINIMUM, r, max);
    }
    return r;
  }

  /** {@code floor}/{@code ceil}/{@code round}: same dtype; no bool kernel. */
  static Tensor rounding(String kernel, Tensor a, DoubleUnaryOperator f) {
    ElementwiseRules.checkImplemented(kernel, a.dtype(), DType.BOOL);
    return same(a, f);
  }

  /** {@code x.relu()}: same shape and dtype; bool input is rejected. */
  static Tensor relu(Tensor a) {
    DType d =
        dev.shapesense.tensor.rules.ActivationRules.clampKernel(
            "clamp_min_cpu", "Boolean inputs not supported for relu", a.dtype());
    Shape s = dev.shapesense.tensor.rules.ActivationRules.elementwise(a.shape());
    if (a.hasData()) {
      return map(a, d, v -> v > 0 || Double.isNaN(v) ? v : 0);
    }
    return Tensor.result(s, d, a);
  }

  /** {@code x.sigmoid()}: integral input gives float32. */
  static Tensor sigmoid(Tensor a) {
    Shape s = dev.shapesense.tensor.rules.ActivationRules.elementwise(a.shape());
    DType d = dev.shapesense.tensor.rules.ActivationRules.unaryFloat("sigmoid_cpu", a.dtype());
    if (a.hasData()) {
      return map(a, d, v -> 1 / (1 + Math.exp(-v)));
    }
    return Tensor.result(s, d, a);
  }

  /** {@code x.tanh()}: integral input gives float32. */
  static Tensor tanh(Tensor a) {
    Shape s = dev.shapesense.tensor.rules.ActivationRules.elementwise(a.shape());
    DType d = dev.shapesense.tensor.rules.ActivationRules.unaryFloat("tanh_vml_cpu", a.dtype());
    if (a.hasData()) {
      return map(a, d, Math::tanh);
    }
    return Tensor.result(s, d, a);
  }

  /** {@code torch.prelu(input, weight)} ({@code F.prelu}, the {@code PReLU} layer). */
  static Tensor prelu(Tensor input, Tensor weight) {
    Shape s = dev.shapesense.tensor.rules.ActivationRules.prelu(input.shape(), weight.shape());
    Checks.check(
        input.dtype() == weight.dtype(),
        () ->
            "Found dtype "
                + weight.dtype().scalarName()
                + " but expected "
                + input.dtype().scalarName());
    if (input.hasData()) {
      double[] x = input.doubles();
      double[] w = weight.doubles();
      int c = input.dim() >= 2 ? (int) input.size(1) : 1;
      int inner = 1;
      for (int k = 2; k < input.dim(); k++) {
        inner *= (int) input.size(k);
      }
      double[] v = new double[x.length];
      for (int i = 0; i < v.length; i++) {
        double a = w.length == 1 ? w[0] : w[(i / inner) % c];
        v[i] = x[i] >= 0 ? x[i] : a * x[i];
      }
      return Tensor.computed(s, input.dtype(), v, input, weight);
    }
    return Tensor.result(s, input.dtype(), input, weight);
  }
}
