package dev.shapesense.tensor.rules;

import dev.shapesense.tensor.Assumptions;
import dev.shapesense.tensor.Checks;
import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.ShapeError;
import java.util.Set;

/**
 * Adaptive pooling shape rules (PyTorch 1.13 CPU). Output sizes are dims: a {@code None} in the
 * user's tuple keeps the input's size ({@link #listWithDefault}), which may be symbolic. An
 * adaptive average pool to all ones is PyTorch's {@code mean} over the pooled dims.
 */
public final class AdaptivePoolRules {
  private AdaptivePoolRules() {}

  /**
   * PyTorch's {@code _list_with_default}: a tuple that may hold None (null) becomes sizes, None
   * taking the input's size; the input needs more dims than the tuple has entries.
   */
  public static Dim[] listWithDefault(Shape in, Integer[] sizes) {
    if (in.rank() <= sizes.length) {
      throw new ShapeError(
          "ValueError", "Input dimension should be at least " + (sizes.length + 1));
    }
    Dim[] out = new Dim[sizes.length];
    for (int i = 0; i < sizes.length; i++) {
      out[i] = sizes[i] == null ? in.get(in.rank() - sizes.length + i) : Dim.of(sizes[i]);
    }
    return out;
  }

  private static String sizes(Dim[] o, String lastSep) {
    StringBuilder sb = new StringBuilder("{");
    for (int i = 0; i < o.length; i++) {
      sb.append(i == 0 ? "" : i == o.length - 1 ? lastSep : ", ").append(o[i]);
    }
    return sb.append('}').toString();
  }

  private static boolean allOne(Dim[] o) {
    for (Dim d : o) {
      if (d.eq(1) != dev.shapesense.tensor.Truth.TRUE) {
        return false;
      }
    }
    return true;
  }

  private static Shape mean(Shape in, DType dtype, int n) {
    Checks.check(
        dtype.isFloatingPoint(),
        () ->
            "mean(): could not infer output dtype. Input dtype must be either a floating point or"
                + " complex dtype. Got: "
                + dtype.scalarName());
    Shape out = in;
    for (int i = 1; i <= n; i++) {
      int d = Checks.wrapDim(-i, in.rank());
      out = out.set(d, Dim.of(1));
    }
    return out;
  }

  private static void nonEmpty(String fn, Shape in, int dim, Assumptions into) {
    Dim s = in.get(dim);
    PoolRules.require(
        PoolRules.positive(s),
        "RuntimeError",
        () ->
            fn
                + "(): Expected input to have non-zero size for non-batch dimensions, but input"
                + " has sizes "
                + in
                + " with dimension "
                + dim
                + " being empty",
        s + " >= 1",
        into);
  }

  private static void nonNegative(Dim[] o, String text) {
    for (Dim d : o) {
      Checks.check(
          Dim.le(Dim.of(0), d) != dev.shapesense.tensor.Truth.FALSE,
          () ->
              "adaptive_avg_pool2d: elements of output_size must be greater than or equal to 0 "
                  + "but received "
                  + text);
    }
  }

  public static Shape adaptiveAvgPool1d(Shape in, DType dtype, Dim[] o) {
    return via2d("adaptive_avg_pool1d", in, dtype, o, AdaptivePoolRules::adaptiveAvgPool2d);
  }

  /** A 2-d adaptive pool's rule ({@code adaptiveAvgPool2d} or {@code adaptiveMaxPool2d}). */
  @FunctionalInterface
  private interface Rule2d {
    Shape apply(Shape in, DType dtype, Dim... o);
  }

  /** A 1-d adaptive pool: the 2-d pool's rule over the input with a height of 1 inserted. */
  private static Shape via2d(String fn, Shape in, DType dtype, Dim[] o, Rule2d rule) {
    PoolRules.checkDimRange(fn, in, 2, 4);
    Checks.check(
        o.length == 1,
        () -> fn + "() argument 'output_size' should contain one int (got " + o.length + ")");
    Shape out = rule.apply(in.insert(in.rank() - 1, Dim.of(1)), dtype, Dim.of(1), o[0]);
    return out.remove(out.rank() - 2);
  }

  public static Shape adaptiveAvgPool2d(Shape in, DType dtype, Dim... o) {
    Checks.check(o.length == 2, () -> "adaptive_avg_pool2d: output_size must be 2");
    nonNegative(o, sizes(o, ", "));
    if (allOne(o)) {
      return mean(in, dtype, 2);
    }
    int nd = in.rank();
    Checks.check(
        nd == 3 || nd == 4, () -> "adaptive_avg_pool2d(): Expected 3D or 4D tensor, but got " + in);
    Assumptions into = new Assumptions();
    nonEmpty("adaptive_avg_pool2d", in, nd - 2, into);
    nonEmpty("adaptive_avg_pool2d", in, nd - 1, into);
    PoolRules.dtype("adaptive_avg_pool2d", dtype, PoolRules.FLOAT_BF16);
    return PoolRules.withSpatial(in, o).assuming(into);
  }

  public static Shape adaptiveAvgPool3d(Shape in, DType dtype, Dim... o) {
    Checks.check(o.length == 3, () -> "adaptive_avg_pool3d: output_size must be 3");
    nonNegative(o, sizes(o, ","));
    if (allOne(o)) {
      return mean(in, dtype, 3);
    }
    Assumptions into = new Assumptions();
    for (int i = 1; i < in.rank(); i++) {
      nonEmpty("adaptive_avg_pool3d", in, i, into);
    }
    Checks.check(
        in.rank() == 4 || in.rank() == 5,
        () -> "adaptive_avg_pool3d(): Expected 4D or 5D tensor, but got " + in);
    PoolRules.dtype(
        "adaptive_avg_pool3d_cpu", dtype, Set.of(DType.FLOAT32, DType.FLOAT64, DType.FLOAT16));
    return PoolRules.withSpatial(in, o).assuming(into);
  }

  public static Shape adaptiveMaxPool1d(Shape in, DType dtype, Dim[] o) {
    return via2d("adaptive_max_pool1d", in, dtype, o, AdaptivePoolRules::adaptiveMaxPool2d);
  }

  public static Shape adaptiveMaxPool2d(Shape in, DType dtype, Dim... o) {
    return adaptiveMax(in, dtype, o, 2, "adaptive_max_pool2d", PoolRules.FLOAT_BF16);
  }

  public static Shape adaptiveMaxPool3d(Shape in, DType dtype, Dim... o) {
    return adaptiveMax(in, dtype, o, 3, "adaptive_max_pool3d_cpu", PoolRules.FLOAT);
  }

  private static Shape adaptiveMax(
      Shape in, DType dtype, Dim[] o, int n, String kernel, Set<DType> ok) {
    String fn = "adaptive_max_pool" + n + "d";
    int nd = in.rank();
    Checks.check(
        nd == n + 1 || nd == n + 2,
        () -> fn + "(): Expected " + (n + 1) + "D or " + (n + 2) + "D tensor, but got: " + in);
    Assumptions into = new Assumptions();
    for (int i = 1; i < nd; i++) {
      nonEmpty(fn, in, i, into);
    }
    Checks.check(o.length == n, () -> fn + "(): internal error: output_size.size() must be " + n);
    Shape out = PoolRules.withSpatial(in, o);
    for (Dim d : o) {
      if (d.constValue().isPresent() && d.constValue().getAsLong() < 0) {
        throw new ShapeError("Trying to create tensor with negative dimension " + d + ": " + out);
      }
    }
    PoolRules.dtype(kernel, dtype, ok);
    return out.assuming(into);
  }
}
