package dev.shapesense.tensor.rules;

import static dev.shapesense.tensor.rules.PoolRules.at;

import dev.shapesense.tensor.Assumptions;
import dev.shapesense.tensor.Checks;
import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Shape;

/**
 * Average pooling shape rules (PyTorch 1.13 CPU): {@code avg_pool1d} (the 2-d kernel on the input
 * unsqueezed at -2), {@code avg_pool2d} and {@code avg_pool3d}. {@code count_include_pad} does not
 * change shapes; {@code divisor_override} must not be zero.
 */
public final class AvgPoolRules {
  private AvgPoolRules() {}

  /** How avg_pool2d and avg_pool3d word their kernel_size, stride and padding checks. */
  private static final String[] MUSTS_2D = {"must either be", "must either be", "must either be"};

  private static final String[] MUSTS_3D = {"must be", "must be", "must be"};

  public static Shape avgPool1d(
      Shape in, DType dtype, long[] k, long[] s, long[] p, boolean ceilMode) {
    return PoolRules.via2d(
        "avg_pool1d",
        in,
        k,
        s,
        p,
        null,
        (in2, k2, s2, p2, d2) -> avgPool2d(in2, dtype, k2, s2, p2, ceilMode, null));
  }

  public static Shape avgPool2d(
      Shape in, DType dtype, long[] k, long[] s, long[] p, boolean ceilMode, Long divisor) {
    PoolRules.checkTupleArgs("avg_pool2d", 2, MUSTS_2D, k, s, p);
    long kH = k[0];
    long kW = at(k, 1);
    long dH = s.length == 0 ? kH : s[0];
    long dW = s.length == 0 ? kW : at(s, 1);
    Checks.check(divisor == null || divisor != 0, () -> "divisor must be not zero");
    Checks.wrapDim(-3, in.rank());
    Dim oH = PoolRules.poolingOutputShape(in.get(-2), kH, p[0], dH, 1, ceilMode);
    Dim oW = PoolRules.poolingOutputShape(in.get(-1), kW, at(p, 1), dW, 1, ceilMode);
    Assumptions into = new Assumptions();
    PoolRules.pool2dShapeCheck(in, kH, kW, dH, dW, 1, 1, oH, oW, into);
    PoolRules.dtype("avg_pool2d", dtype, PoolRules.FLOAT_BF16_LONG);
    return PoolRules.withSpatial(in, oH, oW).assuming(into);
  }

  public static Shape avgPool3d(
      Shape in, DType dtype, long[] k, long[] s, long[] p, boolean ceilMode, Long divisor) {
    PoolRules.checkTupleArgs("avg_pool3d", 3, MUSTS_3D, k, s, p);
    long[] kk = {k[0], at(k, 1), at(k, 2)};
    long[] ss = s.length == 0 ? kk : new long[] {s[0], at(s, 1), at(s, 2)};
    long[] pp = {p[0], at(p, 1), at(p, 2)};
    Checks.check(
        in.rank() == 4 || in.rank() == 5,
        () -> "non-empty 4D or 5D (batch mode) tensor expected for input");
    Checks.check(divisor == null || divisor != 0, () -> "divisor must be not zero");
    Dim[] out = new Dim[3];
    for (int i = 0; i < 3; i++) {
      out[i] = PoolRules.poolingOutputShape(in.get(i - 3), kk[i], pp[i], ss[i], 1, ceilMode);
    }
    Assumptions into = new Assumptions();
    PoolRules.pool3dShapeCheck(
        in, kk, ss, pp, new long[] {1, 1, 1}, out, "avg_pool3d()", true, into);
    PoolRules.dtype("avg_pool3d_out_frame", dtype, PoolRules.FLOAT_LONG);
    return PoolRules.withSpatial(in, out).assuming(into);
  }
}
