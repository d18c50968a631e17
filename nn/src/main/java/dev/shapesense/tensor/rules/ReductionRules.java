package dev.shapesense.tensor.rules;

import dev.shapesense.tensor.Checks;
import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.ShapeError;
import java.util.ArrayList;
import java.util.List;

/**
 * Shape and dtype rules of PyTorch's reductions ({@code sum}, {@code mean}, {@code amax}, {@code
 * max(dim)}, {@code std}...). Dims may be negative; {@code null} or an empty list reduces every
 * dim. {@code keepdim} keeps reduced dims as size 1.
 */
public final class ReductionRules {
  private ReductionRules() {}

  /** The output shape of reducing {@code dims} ({@code null}: all) of {@code s}. */
  public static Shape reduce(Shape s, int[] dims, boolean keepdim) {
    boolean[] reduced = mask(s, dims);
    List<Dim> out = new ArrayList<>();
    for (int i = 0; i < s.rank(); i++) {
      if (!reduced[i]) {
        out.add(s.get(i));
      } else if (keepdim) {
        out.add(Dim.of(1));
      }
    }
    return Shape.of(out);
  }

  /** Which dims are reduced, with PyTorch's wrap and duplicate checks. */
  public static boolean[] mask(Shape s, int[] dims) {
    boolean[] reduced = new boolean[s.rank()];
    if (dims == null || dims.length == 0) {
      java.util.Arrays.fill(reduced, true);
      return reduced;
    }
    boolean[] seen = new boolean[Math.max(s.rank(), 1)];
    for (int d : dims) {
      int w = Checks.wrapDim(d, s.rank());
      Checks.check(!seen[w], () -> "dim " + w + " appears multiple times in the list of dims");
      seen[w] = true;
      if (s.rank() > 0) {
        reduced[w] = true;
      }
    }
    return reduced;
  }

  /**
   * A reduction with no identity ({@code max}, {@code amax}, {@code argmax}...) over one dim (or
   * all when {@code dim} is null): the reduced dims must be non-empty.
   */
  public static Shape reduceNonEmpty(String op, Shape s, Integer dim, boolean keepdim) {
    if (dim == null) {
      Checks.check(
          Dim.eq(s.numel(), Dim.of(0)) != dev.shapesense.tensor.Truth.TRUE,
          () ->
              op
                  + "(): Expected reduction dim to be specified for input.numel() == 0. "
                  + "Specify the reduction dim with the 'dim' argument.");
      return reduce(s, null, keepdim);
    }
    int w = Checks.wrapDim(dim, s.rank());
    if (s.rank() > 0) {
      Checks.check(
          s.get(w).eq(0) != dev.shapesense.tensor.Truth.TRUE,
          () -> op + "(): Expected reduction dim " + w + " to have non-zero size.");
    }
    return reduce(s, new int[] {dim}, keepdim);
  }

  /** {@code amax}/{@code amin} over several dims: each reduced dim must be non-empty. */
  public static Shape reduceNonEmpty(String op, Shape s, int[] dims, boolean keepdim) {
    boolean[] m = mask(s, dims);
    for (int i = 0; i < m.length; i++) {
      int at = i;
      if (m[i] && s.get(i).eq(0) == dev.shapesense.tensor.Truth.TRUE) {
        throw new ShapeError(
            "IndexError", op + "(): Expected reduction dim " + at + " to have non-zero size.");
      }
    }
    return reduce(s, dims, keepdim);
  }

  /** The dtype of {@code sum}/{@code prod}: integral and bool inputs accumulate in int64. */
  public static DType sumType(DType in, DType dtype) {
    if (dtype != null) {
      return dtype;
    }
    return in.isFloatingPoint() ? in : DType.INT64;
  }

  /** The dtype of {@code mean}: floating inputs only, unless a float {@code dtype} is given. */
  public static DType meanType(String op, DType in, DType dtype) {
    DType out = dtype != null ? dtype : in;
    Checks.check(
        out.isFloatingPoint(),
        () ->
            op
                + "(): could not infer output dtype. "
                + (dtype != null ? "Optional" : "Input")
                + " dtype must be either a floating point or complex dtype. Got: "
                + out.scalarName());
    return out;
  }

  /** The dtype of {@code std}/{@code var}: floating inputs only. */
  public static DType stdVarType(DType in) {
    Checks.check(
        in.isFloatingPoint(), () -> "std and var only support floating point and complex dtypes");
    return in;
  }
}
