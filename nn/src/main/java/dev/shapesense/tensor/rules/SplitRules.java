package dev.shapesense.tensor.rules;

import dev.shapesense.tensor.Assumptions;
import dev.shapesense.tensor.Checks;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.ShapeError;
import dev.shapesense.tensor.Truth;
import dev.shapesense.tensor.UndecidableShapeException;
import java.util.ArrayList;
import java.util.List;

/**
 * Shape rules of the ops that cut a tensor into pieces along one dim: {@code chunk}, {@code split},
 * {@code split_with_sizes} and {@code unbind}, as PyTorch 1.13 computes them. The number of pieces
 * must be a number: on a symbolic size it is exact when decidable ({@code chunk(3)} of {@code 3 *
 * C}), {@code chunk} otherwise assumes it yields {@code chunks} pieces, and where PyTorch's count
 * truly depends on the size's value the rule throws an {@link UndecidableShapeException}.
 */
public final class SplitRules {
  private SplitRules() {}

  /** {@code x.chunk(chunks, dim)}: pieces of {@code ceil(size / chunks)}, maybe fewer pieces. */
  public static List<Shape> chunk(Shape input, long chunks, long dim) {
    Checks.check(input.rank() > 0, () -> "chunk expects at least a 1-dimensional tensor");
    Checks.check(chunks > 0, () -> "chunk expects `chunks` to be greater than 0, got: " + chunks);
    int d = Checks.wrapDim(dim, input.rank());
    Dim size = input.get(d);
    Dim splitSize = size.ceilDiv(chunks);
    if (size.isConst()) {
      if (splitSize.value() == 0 && size.value() == 0) {
        List<Shape> out = new ArrayList<>();
        for (long i = 0; i < chunks; i++) {
          out.add(input);
        }
        return out;
      }
      return split(input, splitSize.value(), dim);
    }
    // The count is `chunks` exactly when the last piece is not empty.
    Dim last = size.minus(splitSize.times(chunks - 1));
    Truth full = Dim.le(Dim.of(1), last);
    if (full == Truth.FALSE) {
      throw unknownCount(size);
    }
    Assumptions into = new Assumptions();
    Checks.check(full, () -> "", () -> last + " >= 1", into);
    List<Shape> out = new ArrayList<>();
    for (long i = 0; i < chunks; i++) {
      out.add(input.set(d, i < chunks - 1 ? splitSize : last).assuming(into));
    }
    return out;
  }

  /** {@code x.split(splitSize, dim)}: pieces of {@code splitSize}, the last one shorter. */
  public static List<Shape> split(Shape input, long splitSize, long dim) {
    Checks.check(input.rank() != 0, () -> "split expects at least a 1-dimensional tensor");
    Checks.check(
        splitSize >= 0,
        () -> "split expects split_size be non-negative, but got split_size=" + splitSize);
    int d = Checks.wrapDim(dim, input.rank());
    Dim size = input.get(d);
    Assumptions into = new Assumptions();
    Checks.check(
        splitSize > 0 ? Truth.TRUE : Dim.eq(size, Dim.of(0)),
        () -> "split_size can only be 0 if dimension size is 0, but got dimension size of " + size,
        () -> size + " == 0",
        into);
    long count = 1;
    if (splitSize != 0) {
      Dim pieces = size.ceilDiv(splitSize).max(Dim.of(1));
      if (pieces.isConst()) {
        count = pieces.value();
      } else if (Dim.le(size, Dim.of(splitSize)) != Truth.TRUE) {
        throw unknownCount(size);
      }
    }
    List<Shape> out = new ArrayList<>();
    Dim last = size.minus(splitSize * (count - 1));
    for (long i = 0; i < count; i++) {
      out.add(input.set(d, i < count - 1 ? Dim.of(splitSize) : last).assuming(into));
    }
    return out;
  }

  /** {@code x.split(splitSizes, dim)}: pieces of the given sizes, which must sum to the size. */
  public static List<Shape> splitWithSizes(Shape input, List<Dim> splitSizes, long dim) {
    Checks.check(input.rank() != 0, () -> "split expects at least a 1-dimensional tensor");
    int d = Checks.wrapDim(dim, input.rank());
    Dim size = input.get(d);
    Dim sum = Dim.of(0);
    Assumptions into = new Assumptions();
    List<Shape> out = new ArrayList<>();
    for (Dim length : splitSizes) {
      Checks.check(
          Dim.le(Dim.of(0), length),
          () ->
              "split_with_sizes expects split_sizes have only non-negative entries, but got"
                  + " split_sizes="
                  + splitSizes,
          () -> length + " >= 0",
          into);
      out.add(input.set(d, length));
      sum = sum.plus(length);
    }
    Dim total = sum;
    Checks.check(
        Dim.eq(total, size),
        () ->
            "split_with_sizes expects split_sizes to sum exactly to "
                + size
                + " (input tensor's size at dimension "
                + dim
                + "), but got split_sizes="
                + splitSizes,
        () -> total + " == " + size,
        into);
    out.replaceAll(s -> s.assuming(into));
    return out;
  }

  /** {@code x.unbind(dim)}: one piece per position, without the dim. */
  public static List<Shape> unbind(Shape input, long dim) {
    int d = Checks.wrapDim(dim, input.rank());
    if (input.rank() == 0) {
      throw new ShapeError(
          "IndexError", "Dimension specified as " + d + " but tensor has no dimensions");
    }
    Dim size = input.get(d);
    if (!size.isConst()) {
      throw unknownCount(size);
    }
    List<Shape> out = new ArrayList<>();
    for (long i = 0; i < size.value(); i++) {
      out.add(input.remove(d));
    }
    return out;
  }

  private static UndecidableShapeException unknownCount(Dim size) {
    return new UndecidableShapeException(
        "the number of pieces depends on the value of the symbolic size " + size);
  }
}
