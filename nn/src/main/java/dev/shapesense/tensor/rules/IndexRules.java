package dev.shapesense.tensor.rules;

import dev.shapesense.tensor.Assumptions;
import dev.shapesense.tensor.Checks;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Index;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.ShapeError;
import dev.shapesense.tensor.Truth;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Shape rules of basic indexing: {@code select}, {@code narrow}, {@code slice} and Python
 * subscripts ({@code x[:, -1, 0:5, None, ...]}, as PyTorch 1.13's {@code applySlicing} evaluates
 * them). Positions and bounds may be symbolic; a bound whose sign cannot be decided is taken to be
 * non-negative under a recorded assumption, and clamping stays exact through {@code min}/{@code
 * max}.
 */
public final class IndexRules {
  private IndexRules() {}

  /** {@code x.select(dim, index)}: the dim removed. */
  public static Shape select(Shape input, long dim, Dim index) {
    Checks.check(
        input.rank() > 0, "IndexError", () -> "select() cannot be applied to a 0-dim tensor.");
    int d = Checks.wrapDim(dim, input.rank());
    return removeInRange(
        input,
        d,
        index,
        size ->
            "select(): index "
                + index
                + " out of range for tensor of size "
                + input
                + " at dimension "
                + d);
  }

  /** {@code self} without {@code dim}, once {@code index} is known (or assumed) to lie in it. */
  private static Shape removeInRange(
      Shape self, int dim, Dim index, Function<Dim, String> message) {
    Dim size = self.get(dim);
    Assumptions into = new Assumptions();
    checkInRange(index, size, () -> message.apply(size), into);
    return self.remove(dim).assuming(into);
  }

  /** Fails with {@code message} unless {@code -size <= index < size}. */
  private static void checkInRange(
      Dim index, Dim size, Supplier<String> message, Assumptions into) {
    Truth ok = Dim.le(size.negate(), index).and(Dim.lt(index, size));
    Checks.check(
        ok, "IndexError", message, () -> size.negate() + " <= " + index + " < " + size, into);
  }

  /** {@code x.narrow(dim, start, length)}: {@code length} elements from {@code start}. */
  public static Shape narrow(Shape input, long dim, Dim start, Dim length) {
    Checks.check(input.rank() > 0, () -> "narrow() cannot be applied to a 0-dim tensor.");
    int d = Checks.wrapDim(dim, input.rank());
    Dim size = input.get(d);
    Dim s = start;
    Assumptions into = new Assumptions();
    // Start may equal the size (an empty narrow at the end); otherwise it wraps like a dim index.
    if (Dim.eq(start, size) != Truth.TRUE) {
      if (start.isConst() && size.isConst()) {
        s = Dim.of(Checks.wrapDim(start.value(), (int) size.value()));
      } else {
        Dim st = start;
        Checks.check(
            Dim.le(size.negate(), start).and(Dim.lt(start, size)),
            "IndexError",
            () ->
                "Dimension out of range (expected to be in range of ["
                    + size.negate()
                    + ", "
                    + size.minus(1)
                    + "], but got "
                    + st
                    + ")",
            () -> size.negate() + " <= " + st + " < " + size,
            into);
        if (Dim.lt(start, Dim.of(0)) == Truth.TRUE) {
          s = start.plus(size);
        }
      }
    }
    Dim wrapped = s;
    Checks.check(
        Dim.le(Dim.of(0), length).and(Dim.le(wrapped, size.minus(length))),
        () ->
            "start ("
                + wrapped
                + ") + length ("
                + length
                + ") exceeds dimension size ("
                + size
                + ").",
        () -> wrapped + " + " + length + " <= " + size,
        into);
    return input.set(d, length).assuming(into);
  }

  /**
   * {@code x.slice(dim, start, end, step)}, i.e. {@code x[..., start:end:step]} along {@code dim}:
   * bounds as Python slices them (null is open).
   */
  public static Shape slice(Shape input, long dim, Dim start, Dim end, long step) {
    Checks.check(
        input.rank() > 0, "IndexError", () -> "slice() cannot be applied to a 0-dim tensor.");
    int d = Checks.wrapDim(dim, input.rank());
    Checks.check(step > 0, () -> "slice step must be positive");
    Assumptions into = new Assumptions();
    return input.set(d, sliceLength(input.get(d), start, end, step, into)).assuming(into);
  }

  /** The length of {@code start:end:step} over a dim of {@code size}, clamped as at::slice does. */
  static Dim sliceLength(Dim size, Dim start, Dim end, long step, Assumptions into) {
    Dim zero = Dim.of(0);
    // Bounds beyond any size (Long.MAX_VALUE as "to the end") clamp without arithmetic on them.
    if (huge(start)) {
      start = start.value() > 0 ? size : zero;
    }
    if (huge(end)) {
      end = end.value() > 0 ? null : zero;
    }
    Dim s = start == null ? zero : fromEnd(start, size, into);
    s = max(zero, min(s, size));
    Dim e = end == null ? size : fromEnd(end, size, into);
    e = max(s, min(e, size));
    return e.minus(s).ceilDiv(step);
  }

  /** {@link Dim#max} that also decides when {@code a <= b} is known. */
  private static Dim max(Dim a, Dim b) {
    return Dim.le(a, b) == Truth.TRUE ? b : a.max(b);
  }

  private static Dim min(Dim a, Dim b) {
    return Dim.le(b, a) == Truth.TRUE ? b : a.min(b);
  }

  private static boolean huge(Dim bound) {
    return bound != null && bound.isConst() && Math.abs(bound.value()) >= 1L << 62;
  }

  private static Dim fromEnd(Dim bound, Dim size, Assumptions into) {
    Truth negative = Dim.lt(bound, Dim.of(0));
    if (negative == Truth.UNKNOWN) {
      into.add(bound + " >= 0");
    }
    return negative == Truth.TRUE ? bound.plus(size) : bound;
  }

  /** {@code x[indices]} for basic indices (integers, slices, None, Ellipsis). */
  public static Shape index(Shape input, List<Index> indices) {
    if (indices.size() == 1) {
      // Python's fast paths for a lone int, slice, None or Ellipsis.
      Index only = indices.get(0);
      if (only instanceof Index.At at) {
        return indexSelect(input, 0, at.index(), 0);
      }
      if (only instanceof Index.Range r) {
        checkStep(r.step());
        return slice(input, 0, r.start(), r.end(), r.step());
      }
    }
    int specified = 0;
    for (Index i : indices) {
      if (i instanceof Index.At || i instanceof Index.Range) {
        specified++;
      }
    }
    int rank = input.rank();
    Checks.check(
        specified <= rank, "IndexError", () -> "too many indices for tensor of dimension " + rank);
    Shape result = input;
    int dim = 0;
    for (int real = 0; real < indices.size(); real++) {
      Index i = indices.get(real);
      if (i instanceof Index.At at) {
        result = indexSelect(result, dim, at.index(), real);
      } else if (i instanceof Index.Range r) {
        checkStep(r.step());
        if (r.start() != null || r.end() != null || r.step() != 1) {
          result = slice(result, dim, r.start(), r.end(), r.step());
        }
        dim++;
      } else if (i instanceof Index.Ellipsis) {
        dim += rank - specified;
      } else {
        result = TransposeRules.unsqueeze(result, dim);
        dim++;
      }
    }
    return result;
  }

  private static void checkStep(long step) {
    Checks.check(step != 0, "ValueError", () -> "slice step cannot be zero");
    Checks.check(step > 0, "ValueError", () -> "step must be greater than zero");
  }

  /** Python's {@code applySelect}: an integer index, with the subscript's messages. */
  private static Shape indexSelect(Shape self, int dim, Dim index, int realDim) {
    if (self.rank() == 0) {
      Checks.check(
          index.constValue().orElse(1) != 0,
          "IndexError",
          () ->
              "invalid index of a 0-dim tensor. Use `tensor.item()` in Python or `tensor.item<T>()`"
                  + " in C++ to convert a 0-dim tensor to a number");
      throw new ShapeError(
          "IndexError",
          "index " + index + " is out of bounds for dimension " + realDim + " with size 0");
    }
    return removeInRange(
        self,
        dim,
        index,
        size ->
            "index " + index + " is out of bounds for dimension " + realDim + " with size " + size);
  }
}
