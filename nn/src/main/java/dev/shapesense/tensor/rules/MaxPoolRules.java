package dev.shapesense.tensor.rules;

import static dev.shapesense.tensor.rules.PoolRules.at;

import dev.shapesense.tensor.Assumptions;
import dev.shapesense.tensor.Checks;
import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Shape;

/**
 * Max pooling shape rules (PyTorch 1.13 CPU): {@code max_pool1d} (its own checks when indices are
 * not returned, the 2-d path when they are), {@code max_pool2d_with_indices} and {@code
 * max_pool3d_with_indices}. Arguments are tuples as given; an empty stride means the kernel size.
 */
public final class MaxPoolRules {
  private MaxPoolRules() {}

  /** How max_pool2d and max_pool3d word their kernel_size, stride, padding and dilation checks. */
  private static final String[] MUSTS = {
    "must either be", "must either be", "must be either be", "must be either"
  };

  /** {@code torch.max_pool1d}: the path taken when indices are not returned. */
  public static Shape maxPool1d(
      Shape in, DType dtype, long[] k, long[] s, long[] p, long[] d, boolean ceilMode) {
    int nd = in.rank();
    Checks.check(
        (nd == 2 || nd == 3)
            && PoolRules.nonZero(in.get(-1)) != dev.shapesense.tensor.Truth.FALSE
            && PoolRules.nonZero(in.get(-2)) != dev.shapesense.tensor.Truth.FALSE,
        () ->
            "max_pool1d: Expected 2D or 3D (batch mode) tensor with optional 0 dim batch size for"
                + " input, but got:"
                + in);
    Checks.check(
        k.length == 1,
        () ->
            "max_pool1d() kernel_size must be an int, list of ints or tuple of ints of size 1 but"
                + " got size "
                + k.length);
    Checks.check(
        s.length <= 1,
        () ->
            "max_pool1d() stride must be None, an int, list of ints, or tuple of ints of size 1"
                + " but got size "
                + s.length);
    Checks.check(
        p.length == 1,
        () ->
            "max_pool1d() padding must be an int, list of ints, or tuple of ints of size 1 but got"
                + " size "
                + p.length);
    Checks.check(
        d.length == 1,
        () ->
            "max_pool1d() dilation must be an int, list of ints or tuple of ints of size 1 but got"
                + " size "
                + d.length);
    long kk = k[0];
    long ss = s.length == 0 ? kk : s[0];
    long pp = p[0];
    long dd = d[0];
    Checks.check(kk > 0, () -> "max_pool1d() kernel_size must be greater than zero, but got " + kk);
    Checks.check(ss > 0, () -> "max_pool1d() stride must be greater than zero, but got " + ss);
    Checks.check(pp >= 0, () -> "max_pool1d() padding must be non-negative, but got " + pp);
    Checks.check(
        pp <= kk / 2,
        () ->
            "max_pool1d() padding should be at most half of kernel size, but got padding="
                + pp
                + " and kernel_size="
                + kk);
    Checks.check(dd > 0, () -> "max_pool1d() dilation must be greater than zero, but got " + dd);
    Dim ow = PoolRules.poolingOutputShape(in.get(-1), kk, pp, ss, dd, ceilMode);
    Assumptions into = new Assumptions();
    PoolRules.require(
        Dim.le(Dim.of(0), ow),
        "RuntimeError",
        () -> "max_pool1d() Invalid computed output size: " + ow,
        ow + " >= 0",
        into);
    PoolRules.dtype("max_pool1d_impl", dtype, PoolRules.FLOAT_BF16);
    return in.set(nd - 1, ow).assuming(into);
  }

  /** {@code torch.max_pool1d_with_indices}: the 2-d kernel on the input unsqueezed at -2. */
  public static Shape maxPool1dWithIndices(
      Shape in, DType dtype, long[] k, long[] s, long[] p, long[] d, boolean ceilMode) {
    return PoolRules.via2d(
        "max_pool1d",
        in,
        k,
        s,
        p,
        d,
        (in2, k2, s2, p2, d2) -> maxPool2d(in2, dtype, k2, s2, p2, d2, ceilMode));
  }

  /** {@code max_pool2d_with_indices}: output (and indices) shape. */
  public static Shape maxPool2d(
      Shape in, DType dtype, long[] k, long[] s, long[] p, long[] d, boolean ceilMode) {
    PoolRules.checkTupleArgs("max_pool2d", 2, MUSTS, k, s, p, d);
    long kH = k[0];
    long kW = at(k, 1);
    long dH = s.length == 0 ? kH : s[0];
    long dW = s.length == 0 ? kW : at(s, 1);
    Checks.check(
        in.rank() == 3 || in.rank() == 4,
        () -> "non-empty 3D or 4D (batch mode) tensor expected for input");
    Dim oH = PoolRules.poolingOutputShape(in.get(-2), kH, p[0], dH, d[0], ceilMode);
    Dim oW = PoolRules.poolingOutputShape(in.get(-1), kW, at(p, 1), dW, at(d, 1), ceilMode);
    Assumptions into = new Assumptions();
    PoolRules.pool2dShapeCheck(in, kH, kW, dH, dW, d[0], at(d, 1), oH, oW, into);
    PoolRules.dtype("max_pool2d", dtype, PoolRules.FLOAT_BF16);
    return PoolRules.withSpatial(in, oH, oW).assuming(into);
  }

  /** {@code max_pool3d_with_indices} on CPU (PyTorch 1.13 has no meta kernel for it). */
  public static Shape maxPool3d(
      Shape in, DType dtype, long[] k, long[] s, long[] p, long[] d, boolean ceilMode) {
    PoolRules.checkTupleArgs("max_pool3d", 3, MUSTS, k, s, p, d);
    long[] kk = {k[0], at(k, 1), at(k, 2)};
    long[] ss = s.length == 0 ? kk : new long[] {s[0], at(s, 1), at(s, 2)};
    long[] pp = {p[0], at(p, 1), at(p, 2)};
    long[] dd = {d[0], at(d, 1), at(d, 2)};
    Checks.check(
        in.rank() == 4 || in.rank() == 5,
        () -> "non-empty 4D or 5D (batch mode) tensor expected for input");
    Dim[] out = new Dim[3];
    for (int i = 0; i < 3; i++) {
      out[i] = PoolRules.poolingOutputShape(in.get(i - 3), kk[i], pp[i], ss[i], dd[i], ceilMode);
    }
    Assumptions into = new Assumptions();
    PoolRules.pool3dShapeCheck(
        in, kk, ss, pp, dd, out, "max_pool3d_with_indices_out_cpu_template()", false, into);
    PoolRules.dtype("max_pool3d_with_indices_cpu", dtype, PoolRules.FLOAT);
    return PoolRules.withSpatial(in, out).assuming(into);
  }
}
