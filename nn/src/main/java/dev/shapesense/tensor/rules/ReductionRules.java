package dev.shapesense.tensor.rules;

import dev.shapesense.tensor.Checks;
import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.ShapeError;
import dev.shapesense.tensor.Truth;
import java.util.ArrayList;
import java.util.Arrays;
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
      Arrays.fill(reduced, true);
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
   * A reduction with no identity ({@code max}, {@code min}) over one dim, or over everything when
   * {@code dim} is null: what it reduces must be non-empty.
   */
  public static Shape reduceNonEmpty(String op, Shape s, Integer dim, boolean keepdim) {
    return reduceNonEmpty(op, s, dim == null ? null : new int[] {dim}, keepdim);
  }

  /** {@code amax}/{@code amin} over {@code dims} (null or empty: all). */
  public static Shape reduceNonEmpty(String op, Shape s, int[] dims, boolean keepdim) {
    if (dims == null || dims.length == 0) {
      Checks.check(
          s.numel().eq(0) != Truth.TRUE,
          () ->
              op
                  + "(): Expected reduction dim to be specified for input.numel() == 0. "
                  + "Specify the reduction dim with the 'dim' argument.");
      return reduce(s, null, keepdim);
    }
    boolean[] m = mask(s, dims);
    for (int i = 0; i < m.length; i++) {
      checkNonEmptyDim(op, s, i, m[i]);
    }
    return reduce(s, dims, keepdim);
  }

  private static void checkNonEmptyDim(String op, Shape s, int i, boolean reduced) {
    if (reduced && s.get(i).eq(0) == Truth.TRUE) {
      throw new ShapeError(
          "IndexError", op + "(): Expected reduction dim " + i + " to have non-zero size.");
    }
  }

  /**
   * {@code argmax}/{@code argmin}: over one dim, or with a null dim over the flattened tensor (a
   * 0-d result, or all ones with {@code keepdim}).
   */
  public static Shape argReduce(String op, Shape s, Integer dim, boolean keepdim) {
    if (dim == null) {
      if (s.numel().eq(0) == Truth.TRUE) {
        throw new ShapeError(
            "IndexError",
            op + "(): Expected reduction dim to be specified for input.numel() == 0.");
      }
      return reduce(s, null, keepdim);
    }
    boolean[] m = mask(s, new int[] {dim});
    for (int i = 0; i < m.length; i++) {
      checkNonEmptyDim(op, s, i, m[i]);
    }
    return reduce(s, new int[] {dim}, keepdim);
  }

  /** The dtype of {@code norm}: floating inputs only. */
  public static DType normType(DType in) {
    Checks.check(
        in.isFloatingPoint(),
        () ->
            "norm(): input dtype should be either floating point or complex. Got "
                + in.scalarName()
                + " instead.");
    return in;
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
