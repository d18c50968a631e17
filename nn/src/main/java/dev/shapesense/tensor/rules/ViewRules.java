package dev.shapesense.tensor.rules;

import dev.shapesense.tensor.Assumptions;
import dev.shapesense.tensor.Checks;
import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.ShapeError;
import dev.shapesense.tensor.Truth;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * Shape rules of the ops that reinterpret a tensor's elements under a new shape: {@code view},
 * {@code reshape}, {@code flatten}, {@code unflatten}, {@code expand} and {@code repeat}, as
 * PyTorch 1.13's {@code aten/src/ATen/native/TensorShape.cpp} and {@code InferSize.h} compute them.
 * A requested size of {@code -1} is the constant {@code -1}; on symbolic inputs it is inferred
 * exactly when the element count divides polynomially, else as a floor division under a recorded
 * divisibility assumption.
 */
public final class ViewRules {
  private ViewRules() {}

  /** {@code x.view(shape)}: the shape with its {@code -1} inferred from the element count. */
  public static Shape view(Shape input, List<Dim> shape) {
    return inferSize(shape, input.numel());
  }

  /** {@code x.reshape(shape)}: as {@link #view}; reshape never fails on strides. */
  public static Shape reshape(Shape input, List<Dim> shape) {
    return inferSize(shape, input.numel());
  }

  /** PyTorch's {@code infer_size}: {@code shape} with at most one {@code -1}, for {@code numel}. */
  public static Shape inferSize(List<Dim> shape, Dim numel) {
    return inferSize(
        shape,
        numel,
        () -> "shape '" + shape + "' is invalid for input of size " + numel,
        "only one dimension can be inferred");
  }

  private static Shape inferSize(
      List<Dim> shape, Dim numel, Supplier<String> invalid, String onlyOne) {
    Assumptions into = new Assumptions();
    Dim newsize = Dim.of(1);
    int infer = -1;
    for (int i = 0; i < shape.size(); i++) {
      Dim d = shape.get(i);
      OptionalLong v = d.constValue();
      if (v.isPresent() && v.getAsLong() == -1) {
        if (infer >= 0) {
          throw new ShapeError(onlyOne);
        }
        infer = i;
      } else if (v.isPresent() && v.getAsLong() < 0) {
        throw new ShapeError("invalid shape dimension " + v.getAsLong());
      } else {
        Dim size = d;
        Checks.check(
            Dim.le(Dim.of(0), size),
            () -> "invalid shape dimension " + size,
            () -> size + " >= 0",
            into);
        newsize = newsize.times(d);
      }
    }
    if (infer < 0) {
      Dim expected = newsize;
      Checks.check(Dim.eq(numel, expected), invalid, () -> numel + " == " + expected, into);
      return Shape.of(shape).assuming(into);
    }
    if (Dim.eq(newsize, Dim.of(0)) == Truth.TRUE) {
      if (Dim.eq(numel, Dim.of(0)) == Truth.TRUE) {
        throw new ShapeError(
            "cannot reshape tensor of 0 elements into shape "
                + shape
                + " because the unspecified dimension size -1 can be any value and is ambiguous");
      }
      throw new ShapeError(invalid.get());
    }
    Dim inferred = numel.divideExactOrNull(newsize);
    if (inferred == null) {
      if (numel.isConst() && newsize.isConst()) {
        throw new ShapeError(invalid.get());
      }
      Dim divisor = newsize;
      Checks.check(Truth.UNKNOWN, invalid, () -> "(" + numel + ") % (" + divisor + ") == 0", into);
      inferred = numel.floorDiv(newsize);
    }
    List<Dim> out = new ArrayList<>(shape);
    out.set(infer, inferred);
    return Shape.of(out).assuming(into);
  }

  /** {@code torch.flatten(x, startDim, endDim)}. */
  public static Shape flatten(Shape input, long startDim, long endDim) {
    int rank = input.rank();
    int start = Checks.wrapDim(startDim, rank);
    int end = Checks.wrapDim(endDim, rank);
    Checks.check(
        start <= end, () -> "flatten() has invalid args: start_dim cannot come after end_dim");
    if (rank == 0) {
      return Shape.of(1);
    }
    if (start == end) {
      return input;
    }
    Dim folded = Dim.product(input.dims().subList(start, end + 1));
    return input.sub(0, start).concat(Shape.of(folded)).concat(input.sub(end + 1, rank));
  }

  /** {@code x.unflatten(dim, sizes)}: dim {@code dim} split into {@code sizes}. */
  public static Shape unflatten(Shape input, long dim, List<Dim> sizes) {
    // Tensor.unflatten (Python) rejects empty sizes before looking at the dim.
    Checks.check(!sizes.isEmpty(), () -> "unflatten: sizes must be non-empty");
    int d = Checks.wrapDim(dim, input.rank());
    if (input.rank() == 0) {
      throw new ShapeError(
          "IndexError", "Dimension specified as " + d + " but tensor has no dimensions");
    }
    Dim size = input.get(d);
    Shape inferred =
        inferSize(
            sizes,
            size,
            () ->
                "unflatten: Provided sizes "
                    + sizes
                    + " don't multiply up to the size of dim "
                    + d
                    + " ("
                    + size
                    + ") in the input tensor",
            "unflatten got an unexpected error:\nonly one dimension can be inferred");
    return input.sub(0, d).concat(inferred).concat(input.sub(d + 1, input.rank()));
  }

  /**
   * {@code x.expand(sizes)}: size-1 dims broadcast to the requested size, {@code -1} keeps a dim,
   * new leading dims may be added.
   */
  public static Shape expand(Shape input, List<Dim> sizes, DType dtype) {
    int ndim = sizes.size();
    int tensorDim = input.rank();
    Checks.check(
        ndim >= tensorDim,
        () ->
            "expand("
                + dtype.tensorTypeName()
                + "{"
                + input
                + "}, size="
                + sizes
                + "): the number of sizes provided ("
                + ndim
                + ") must be greater or equal to the number of dimensions in the tensor ("
                + tensorDim
                + ")");
    List<Dim> out = new ArrayList<>(sizes);
    Assumptions into = new Assumptions();
    // A 0-d tensor takes the sizes as they are (inferExpandGeometry's early return).
    if (tensorDim > 0) {
      for (int i = ndim - 1; i >= 0; i--) {
        int dim = tensorDim - 1 - (ndim - 1 - i);
        Dim size = dim >= 0 ? input.get(dim) : Dim.of(1);
        Dim target = sizes.get(i);
        if (target.constValue().orElse(0) == -1) {
          int at = i;
          Checks.check(
              dim >= 0,
              () ->
                  "The expanded size of the tensor (-1) isn't allowed in a leading, non-existing"
                      + " dimension "
                      + at);
          target = size;
        }
        out.set(i, expandOne(input, sizes, i, size, target, into));
      }
    }
    for (Dim d : out) {
      Checks.check(d.constValue().orElse(0) >= 0, () -> "numel: integer multiplication overflow");
    }
    return Shape.of(out).assuming(into);
  }

  private static Dim expandOne(
      Shape input, List<Dim> sizes, int i, Dim size, Dim target, Assumptions into) {
    Truth same = Dim.eq(size, target);
    if (same == Truth.TRUE) {
      return target;
    }
    Truth one = Dim.eq(size, Dim.of(1));
    if (same == Truth.FALSE || one == Truth.TRUE) {
      Checks.check(
          one,
          () ->
              "The expanded size of the tensor ("
                  + target
                  + ") must match the existing size ("
                  + size
                  + ") at non-singleton dimension "
                  + i
                  + ".  Target sizes: "
                  + sizes
                  + ".  Tensor sizes: "
                  + input,
          () -> size + " == 1",
          into);
      return target;
    }
    Checks.check(Truth.UNKNOWN, () -> "", () -> size + " == " + target, into);
    return target;
  }

  /** {@code x.repeat(repeats)}: each dim (with leading 1s added) times its repeat count. */
  public static Shape repeat(Shape input, List<Dim> repeats) {
    Checks.check(
        repeats.size() >= input.rank(),
        () ->
            "Number of dimensions of repeat dims can not be smaller than number of dimensions of"
                + " tensor");
    int added = repeats.size() - input.rank();
    List<Dim> out = new ArrayList<>();
    Assumptions into = new Assumptions();
    for (int i = 0; i < repeats.size(); i++) {
      Dim size = i < added ? Dim.of(1) : input.get(i - added);
      out.add(size.times(repeats.get(i)));
    }
    for (Dim d : out) {
      Checks.check(
          Dim.le(Dim.of(0), d),
          () -> "Trying to create tensor with negative dimension " + d + ": " + Shape.of(out),
          () -> d + " >= 0",
          into);
    }
    return Shape.of(out).assuming(into);
  }
}
