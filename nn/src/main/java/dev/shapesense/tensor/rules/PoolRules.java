package dev.shapesense.tensor.rules;

import dev.shapesense.tensor.Assumptions;
import dev.shapesense.tensor.Checks;
import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.Truth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Shape rules of max and average pooling (PyTorch 1.13, CPU): output sizes by {@code
 * pooling_output_shape}, checks in PyTorch's order with its CPU texts. Tuple arguments are {@code
 * long[]} as the user gave them (length 1 broadcasts; an empty stride means the kernel size).
 * Symbolic sizes stay exact: ceil mode's "last window must start inside the input" is a {@code
 * min}.
 */
public final class PoolRules {
  private PoolRules() {}

  static final Set<DType> FLOAT_BF16 = Set.of(DType.FLOAT32, DType.FLOAT64, DType.BFLOAT16);
  static final Set<DType> FLOAT_BF16_LONG =
      Set.of(DType.FLOAT32, DType.FLOAT64, DType.BFLOAT16, DType.INT64);
  static final Set<DType> FLOAT_LONG = Set.of(DType.FLOAT32, DType.FLOAT64, DType.INT64);
  static final Set<DType> FLOAT = Set.of(DType.FLOAT32, DType.FLOAT64);

  /**
   * PyTorch's {@code pooling_output_shape}: checks stride, then padding against the kernel, then
   * {@code floor((in + 2 * pad - dilation * (kernel - 1) - 1 [+ stride - 1]) / stride) + 1}, one
   * less in ceil mode when the last window would start past the input and left padding. Returns
   * null for a negative stride on a symbolic size (a later check rejects the stride).
   */
  public static Dim poolingOutputShape(
      Dim in, long kernel, long pad, long stride, long dilation, boolean ceilMode) {
    Checks.check(stride != 0, () -> "stride should not be zero");
    Checks.check(pad >= 0, () -> "pad must be non-negative, but got pad: " + pad);
    Checks.check(
        pad <= kernel / 2,
        () ->
            "pad should be at most half of kernel size, but got pad="
                + pad
                + " and kernel_size="
                + kernel);
    long extra = 2 * pad - dilation * (kernel - 1) - 1 + (ceilMode ? stride - 1 : 0);
    if (in.isConst()) {
      long i = in.value();
      long out = Math.floorDiv(i + extra, stride) + 1;
      if (ceilMode && (out - 1) * stride >= i + pad) {
        out--;
      }
      return Dim.of(out);
    }
    if (stride < 0) {
      return null;
    }
    Dim out = floorDiv(in, extra, stride).plus(1);
    if (ceilMode) {
      // (out - 1) * stride < in + pad  <=>  out <= floor((in + pad - 1) / stride) + 1.
      out = out.min(floorDiv(in, pad - 1, stride).plus(1));
    }
    return out;
  }

  /** {@code floor((in + c) / d)} with whole multiples of {@code d} in {@code c} taken out. */
  static Dim floorDiv(Dim in, long c, long d) {
    long q = Math.floorDiv(c, d);
    return in.plus(c - q * d).floorDiv(d).plus(q);
  }

  /** The i-th of a tuple argument that may hold one value for every dim. */
  static long at(long[] v, int i) {
    return v.length == 1 ? v[0] : v[i];
  }

  /**
   * The 2-d and 3-d pools' argument checks: kernel_size, stride, padding (and dilation, when given)
   * each hold one value or {@code n}, stride may also be omitted. {@code musts} words each message
   * as {@code op}'s source does, e.g. "must either be".
   */
  static void checkTupleArgs(String op, int n, String[] musts, long[]... args) {
    for (int i = 0; i < args.length; i++) {
      int length = args[i].length;
      boolean stride = i == 1;
      if (length == 1 || length == n || (stride && length == 0)) {
        continue; // the per-call path builds no text
      }
      String[] names = {"kernel_size", "stride", "padding", "dilation"};
      String text = op + ": " + names[i] + " " + musts[i] + (stride ? " omitted," : "");
      Checks.check(
          false,
          () -> text + " a single int, or a tuple of " + (n == 2 ? "two" : "three") + " ints");
    }
  }

  /** Fails with CPU's "not implemented for" text unless {@code dtype} is among {@code ok}. */
  static void dtype(String kernel, DType dtype, Set<DType> ok) {
    Checks.check(
        ok.contains(dtype),
        () -> "\"" + kernel + "\" not implemented for '" + dtype.scalarName() + "'");
  }

  static Truth nonZero(Dim d) {
    return d.eq(0).not();
  }

  static Truth positive(Dim d) {
    return Dim.le(Dim.of(1), d);
  }

  /** Fails when {@code t} is FALSE; records {@code assumption} into {@code into} when UNKNOWN. */
  static void require(
      Truth t,
      String pythonType,
      java.util.function.Supplier<String> message,
      String assumption,
      Assumptions into) {
    Checks.check(t, pythonType, message, () -> assumption, into);
  }

  static String dims(Dim... d) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < d.length; i++) {
      sb.append(i > 0 ? "x" : "").append(d[i]);
    }
    return sb.toString();
  }

  /** The checks shared by 2-d max and average pooling ({@code pool2d_shape_check}). */
  static void pool2dShapeCheck(
      Shape in,
      long kH,
      long kW,
      long dH,
      long dW,
      long dilH,
      long dilW,
      Dim oH,
      Dim oW,
      Assumptions into) {
    Checks.check(
        kW > 0 && kH > 0,
        () -> "kernel size should be greater than zero, but got kH: " + kH + " kW: " + kW);
    Checks.check(
        dW > 0 && dH > 0,
        () -> "stride should be greater than zero, but got dH: " + dH + " dW: " + dW);
    Checks.check(
        dilH > 0 && dilW > 0,
        () ->
            "dilation should be greater than zero, but got dilationH: "
                + dilH
                + " dilationW: "
                + dilW);
    int nd = in.rank();
    Truth valid = Truth.FALSE;
    if (nd == 3 || nd == 4) {
      valid = nonZero(in.get(1)).and(nonZero(in.get(2)));
      valid = valid.and(nonZero(in.get(nd == 3 ? 0 : 3)));
    }
    require(
        valid,
        "RuntimeError",
        () ->
            "Expected 3D or 4D (batch mode) tensor with optional 0 dim batch size for input, but"
                + " got:"
                + in,
        "non-empty pooling input " + in,
        into);
    Dim c = in.get(-3);
    require(
        positive(oH).and(positive(oW)),
        "RuntimeError",
        () ->
            "Given input size: ("
                + dims(c, in.get(-2), in.get(-1))
                + "). Calculated output size: ("
                + dims(c, oH, oW)
                + "). Output size is too small",
        oH + " >= 1 and " + oW + " >= 1",
        into);
  }

  /** {@code pool3d_shape_check}; {@code checkInputSize} for average pooling. */
  static void pool3dShapeCheck(
      Shape in,
      long[] k,
      long[] d,
      long[] p,
      long[] dil,
      Dim[] out,
      String fn,
      boolean checkInputSize,
      Assumptions into) {
    Checks.check(
        k[0] > 0 && k[2] > 0 && k[1] > 0,
        () ->
            "kernel size should be greater than zero, but got kT: "
                + k[0]
                + " kH: "
                + k[1]
                + " kW: "
                + k[2]);
    Checks.check(
        d[0] > 0 && d[2] > 0 && d[1] > 0,
        () ->
            "stride should be greater than zero, but got dT: "
                + d[0]
                + " dH: "
                + d[1]
                + " dW: "
                + d[2]);
    Checks.check(
        dil[0] > 0 && dil[2] > 0 && dil[1] > 0,
        () ->
            "dilation should be greater than zero, but got dilationT: "
                + dil[0]
                + " dilationH: "
                + dil[1]
                + " dilationW: "
                + dil[2]);
    int nd = in.rank();
    for (int i = 0; i < nd; i++) {
      if (nd == 5 && i == 0) {
        continue;
      }
      Dim s = in.get(i);
      require(
          positive(s),
          "RuntimeError",
          () ->
              fn
                  + ": Expected input's non-batch dimensions to have positive length, but input"
                  + " has a shape of "
                  + in
                  + " and non-batch dimension "
                  + s
                  + " has length zero!",
          s + " >= 1",
          into);
    }
    Dim it = in.get(-3);
    Dim ih = in.get(-2);
    Dim iw = in.get(-1);
    if (checkInputSize) {
      require(
          Dim.le(Dim.of(k[0]), it).and(Dim.le(Dim.of(k[1]), ih)).and(Dim.le(Dim.of(k[2]), iw)),
          "RuntimeError",
          () ->
              "input image (T: "
                  + it
                  + " H: "
                  + ih
                  + " W: "
                  + iw
                  + ") smaller than kernel size (kT: "
                  + k[0]
                  + " kH: "
                  + k[1]
                  + " kW: "
                  + k[2]
                  + ")",
          "input " + in + " at least the kernel size",
          into);
    }
    Dim c = in.get(-4);
    require(
        positive(out[0]).and(positive(out[1])).and(positive(out[2])),
        "RuntimeError",
        () ->
            "Given input size: ("
                + dims(c, it, ih, iw)
                + "). Calculated output size: ("
                + dims(c, out[0], out[1], out[2])
                + "). Output size is too small",
        out[0] + " >= 1 and " + out[1] + " >= 1 and " + out[2] + " >= 1",
        into);
  }

  /** Replaces the last {@code n} dims of {@code in} by {@code out}. */
  static Shape withSpatial(Shape in, Dim... out) {
    List<Dim> l = new ArrayList<>(in.dims().subList(0, in.rank() - out.length));
    l.addAll(List.of(out));
    return Shape.of(l);
  }

  /** {@code Expected 2 to 3 dimensions, ...} of {@code checkDimRange}. */
  static void checkDimRange(String fn, Shape in, int from, int toExclusive) {
    Checks.check(
        in.rank() >= from && in.rank() < toExclusive,
        () ->
            "Expected "
                + from
                + " to "
                + (toExclusive - 1)
                + " dimensions, but got "
                + in.rank()
                + "-dimensional tensor for argument #1 'self' (while checking arguments for "
                + fn
                + ")");
  }

  /** {@code check1d}: a tuple argument of a 1-d op holds one int. */
  static void check1d(String fn, String arg, long[] v) {
    Checks.check(
        v.length == 1,
        () -> fn + "() argument '" + arg + "' should contain one int (got " + v.length + ")");
  }

  /** A 2-d pool's shape function, {@code d} (dilation) null for a pool that has none. */
  @FunctionalInterface
  interface Pool2d {
    Shape apply(Shape in, long[] k, long[] s, long[] p, long[] d);
  }

  /**
   * A 1-d pool as PyTorch's {@code avg_pool1d} and {@code max_pool1d_with_indices} run it: the
   * input of 2 or 3 dims and one int a tuple checked, then the 2-d pool of the input unsqueezed at
   * -2, squeezed back. A None ({@code s} empty) stride is the kernel size; {@code d} may be null.
   */
  static Shape via2d(String fn, Shape in, long[] k, long[] s, long[] p, long[] d, Pool2d pool2d) {
    long[] stride = s.length == 0 ? k : s;
    checkDimRange(fn, in, 2, 4);
    check1d(fn, "kernel_size", k);
    check1d(fn, "stride", stride);
    check1d(fn, "padding", p);
    if (d != null) {
      check1d(fn, "dilation", d);
    }
    Shape out =
        pool2d.apply(
            in.insert(in.rank() - 1, Dim.of(1)),
            new long[] {1, k[0]},
            new long[] {1, stride[0]},
            new long[] {0, p[0]},
            d == null ? null : new long[] {1, d[0]});
    return out.remove(out.rank() - 2);
  }
}
