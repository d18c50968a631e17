package dev.shapesense.tensor.rules;

import dev.shapesense.tensor.Assumptions;
import dev.shapesense.tensor.Checks;
import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.ShapeError;
import dev.shapesense.tensor.Truth;
import java.util.Set;

/**
 * {@code F.pad} (PyTorch 1.13 {@code torch._C._nn.pad}, CPU): pads are (left, right) pairs from the
 * last dim backwards. Constant mode pads any number of dims (negative pads narrow); reflect,
 * replicate and circular pad the last 1-3 dims of inputs with one or two more dims.
 */
public final class PadRules {
  private PadRules() {}

  private static final Set<DType> FLOAT = Set.of(DType.FLOAT32, DType.FLOAT64);

  public static Shape pad(Shape in, DType dtype, long[] pad, String mode, Double value) {
    if (!Set.of("constant", "reflect", "replicate", "circular").contains(mode)) {
      throw new ShapeError("NotImplementedError", "Unrecognised padding mode " + mode);
    }
    int nd = in.rank();
    Checks.check(pad.length % 2 == 0, () -> "Padding length must be divisible by 2");
    Checks.check(pad.length <= nd * 2, () -> "Padding length too large");
    if (mode.equals("constant")) {
      return constantPadNd(in, pad);
    }
    Checks.check(
        value == null || value == 0,
        () -> "Padding mode \"" + mode + "\" doesn't take in value argument");
    int n = pad.length / 2;
    if (n >= 1 && n <= 3 && (nd == n + 1 || nd == n + 2)) {
      switch (mode) {
        case "reflect":
          return reflectionPad(in, dtype, pad, n);
        case "replicate":
          return replicationPad(in, dtype, pad, n);
        default:
          return padCircular(in, pad);
      }
    }
    throw new ShapeError(
        "NotImplementedError",
        "Only 2D, 3D, 4D, 5D padding with non-constant padding are supported for now");
  }

  /** {@code constant_pad_nd}: negative pads narrow the input first. */
  public static Shape constantPadNd(Shape in, long[] pad) {
    int nd = in.rank();
    int nPad = pad.length / 2;
    int diff = nd - nPad;
    Shape c = in;
    boolean allNonPositive = true;
    for (int i = diff; i < nd; i++) {
      int idx = 2 * (nd - i - 1);
      if (pad[idx] < 0) {
        c = narrow(c, i, -pad[idx], c.get(i).plus(pad[idx]));
      } else if (pad[idx] != 0) {
        allNonPositive = false;
      }
      if (pad[idx + 1] < 0) {
        c = narrow(c, i, 0, c.get(i).plus(pad[idx + 1]));
      } else if (pad[idx + 1] != 0) {
        allNonPositive = false;
      }
    }
    if (allNonPositive) {
      return c;
    }
    Assumptions into = new Assumptions();
    into.addAll(c);
    Shape out = in;
    for (int i = 0; i < nPad; i++) {
      int idx = pad.length - (i + 1) * 2;
      Dim size = in.get(diff + i);
      Dim d = size.plus(pad[idx] + pad[idx + 1]);
      int dim = diff + i;
      long l = pad[idx];
      long r = pad[idx + 1];
      PoolRules.require(
          PoolRules.positive(d),
          "RuntimeError",
          () ->
              "The input size "
                  + size
                  + ", plus negative padding "
                  + l
                  + " and "
                  + r
                  + " resulted in a negative output size, which is invalid. Check dimension "
                  + dim
                  + " of your input.",
          d + " >= 1",
          into);
      out = out.set(dim, d);
    }
    return out.assuming(into);
  }

  /** {@code narrow(dim, start, length)} as constant padding uses it. */
  private static Shape narrow(Shape s, int dim, long start, Dim length) {
    Dim cur = s.get(dim);
    if (cur.isConst() && start != cur.value()) {
      Checks.wrapDim(start, (int) cur.value());
    }
    Assumptions into = new Assumptions();
    PoolRules.require(
        Dim.le(Dim.of(0), length).and(Dim.le(Dim.of(start), cur.minus(length))),
        "RuntimeError",
        () ->
            "start (" + start + ") + length (" + length + ") exceeds dimension size (" + cur + ").",
        "0 <= " + length + " <= " + cur.minus(start),
        into);
    return s.set(dim, length).assuming(into);
  }

  private static String legacy(Shape in, DType dtype) {
    StringBuilder sb = new StringBuilder("[ " + dtype.tensorTypeName() + "{");
    for (int i = 0; i < in.rank(); i++) {
      sb.append(i > 0 ? "," : "").append(in.get(i));
    }
    return sb.append("} ]").toString();
  }

  private static Truth nonBatchNonEmpty(Shape in, int n) {
    Truth ok = Truth.TRUE;
    for (int i = in.rank() == n + 2 ? 1 : 0; i < in.rank(); i++) {
      ok = ok.and(PoolRules.nonZero(in.get(i)));
    }
    return ok;
  }

  private static Shape reflectionPad(Shape in, DType dtype, long[] pad, int n) {
    Assumptions into = new Assumptions();
    if (n == 3) {
      PoolRules.require(
          nonBatchNonEmpty(in, n),
          "RuntimeError",
          () ->
              "Expected 4D or 5D (batch mode) tensor with possibly 0 batch size and other non-zero"
                  + " dimensions for input, but got: "
                  + in,
          "non-empty input " + in,
          into);
    } else {
      PoolRules.require(
          nonBatchNonEmpty(in, n),
          "RuntimeError",
          () ->
              n
                  + 1
                  + "D or "
                  + (n + 2)
                  + "D (batch mode) tensor expected for input, but got: "
                  + legacy(in, dtype),
          "non-empty input " + in,
          into);
    }
    Shape out = reflectionPadded(in, pad, n, into);
    String kernel = n == 3 ? "reflection_pad3d_cpu" : "reflection_pad" + n + "d";
    return checkedPadded(in, out, n, "2input (W: ", ")is too small.", kernel, dtype, into);
  }

  /**
   * The {@code n} last dims of {@code in} padded by their (left, right) pairs, each pad below the
   * size of the dim it pads, as the reflection kernels require.
   */
  static Shape reflectionPadded(Shape in, long[] pad, int n, Assumptions into) {
    int nd = in.rank();
    // 2-d reflection names the input by its rank, 1-d and 3-d by its sizes.
    String of = n == 2 ? Integer.toString(nd) : in.toString();
    Shape out = in;
    for (int j = 0; j < n; j++) {
      int dim = nd - 1 - j;
      Dim size = in.get(dim);
      long l = pad[2 * j];
      long r = pad[2 * j + 1];
      int arg = 4 + 2 * j;
      PoolRules.require(
          Dim.lt(Dim.of(l), size).and(Dim.lt(Dim.of(r), size)),
          "RuntimeError",
          () ->
              "Argument #"
                  + arg
                  + ": Padding size should be less than the corresponding input dimension, but"
                  + " got: padding ("
                  + l
                  + ", "
                  + r
                  + ") at dimension "
                  + dim
                  + " of input "
                  + of,
          l + " < " + size + " and " + r + " < " + size,
          into);
      out = out.set(dim, size.plus(l + r));
    }
    return out;
  }

  private static Shape replicationPad(Shape in, DType dtype, long[] pad, int n) {
    int nd = in.rank();
    Assumptions into = new Assumptions();
    PoolRules.require(
        nonBatchNonEmpty(in, n),
        "RuntimeError",
        () ->
            "Expected "
                + (n + 1)
                + "D or "
                + (n + 2)
                + "D (batch mode) tensor with possibly 0 batch size and other non-zero dimensions"
                + " for input, but got: "
                + in,
        "non-empty input " + in,
        into);
    Shape out = in;
    for (int j = 0; j < n; j++) {
      int dim = nd - 1 - j;
      out = out.set(dim, in.get(dim).plus(pad[2 * j] + pad[2 * j + 1]));
    }
    String kernel = "replication_pad" + n + "d_cpu";
    return checkedPadded(in, out, n, "input (W: ", ") is too small.", kernel, dtype, into);
  }

  /**
   * The checks both kernels end with: a 1-d output width below 1 (the message runs {@code head},
   * the input width, {@code middle}), a negative dim, then {@code kernel}'s dtype.
   */
  private static Shape checkedPadded(
      Shape in,
      Shape out,
      int n,
      String head,
      String middle,
      String kernel,
      DType dtype,
      Assumptions into) {
    if (n == 1) {
      Dim ow = out.get(-1);
      PoolRules.require(
          PoolRules.positive(ow),
          "RuntimeError",
          () -> head + in.get(-1) + middle + " Calculated output W: " + ow,
          ow + " >= 1",
          into);
    }
    negative(out);
    PoolRules.dtype(kernel, dtype, FLOAT);
    return out.assuming(into);
  }

  private static void negative(Shape out) {
    for (Dim d : out) {
      if (d.constValue().isPresent() && d.constValue().getAsLong() < 0) {
        throw new ShapeError("Trying to create tensor with negative dimension " + d + ": " + out);
      }
    }
  }

  /** {@code _pad_circular}: needs a batch and a channel dim before the padded ones. */
  static Shape padCircular(Shape in, long[] pad) {
    int n = in.rank() - 2;
    Checks.check(
        pad.length + 4 == in.rank() * 2,
        () -> "Invalid padding size, expected " + n * 2 + " but got " + pad.length);
    Shape out = in;
    Assumptions into = new Assumptions();
    for (int i = 0; i < n; i++) {
      long l = pad[2 * (n - i - 1)];
      long r = pad[2 * (n - i - 1) + 1];
      Dim size = in.get(2 + i);
      Dim o = size.plus(l + r);
      PoolRules.require(
          Dim.le(Dim.of(l), size).and(Dim.le(Dim.of(r), size)),
          "RuntimeError",
          () -> "Padding value causes wrapping around more than once.",
          l + " <= " + size + " and " + r + " <= " + size,
          into);
      PoolRules.require(
          Dim.le(Dim.of(0), o),
          "RuntimeError",
          () -> "Negative padding value is resulting in an empty dimension",
          o + " >= 0",
          into);
      out = out.set(2 + i, o);
    }
    return out.assuming(into);
  }
}
