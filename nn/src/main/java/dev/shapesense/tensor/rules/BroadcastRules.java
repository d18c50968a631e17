package dev.shapesense.tensor.rules;

import dev.shapesense.tensor.Assumptions;
import dev.shapesense.tensor.Checks;
import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.ShapeError;
import dev.shapesense.tensor.Truth;
import java.util.List;

/**
 * PyTorch's broadcasting rules ({@code infer_size}, {@code expand}, the in-place check of {@code
 * add_}) on possibly symbolic shapes. Sizes are aligned from the right; a size of 1 stretches. When
 * two symbolic sizes cannot be compared, the result takes the one that is not known to be 1 (a
 * number other than 1 wins over a symbol) and records the assumption that they broadcast.
 */
public final class BroadcastRules {
  private BroadcastRules() {}

  /** {@code infer_size(a, b)}: the broadcast shape of {@code a} and {@code b}. */
  public static Shape broadcast(Shape a, Shape b) {
    int na = a.rank();
    int nb = b.rank();
    int n = Math.max(na, nb);
    Dim[] out = new Dim[n];
    Assumptions into = new Assumptions();
    into.addAll(a);
    into.addAll(b);
    // Right to left, as infer_size checks: the error names the last mismatching dim.
    for (int i = n - 1; i >= 0; i--) {
      int ia = na - n + i;
      int ib = nb - n + i;
      Dim da = ia >= 0 ? a.get(ia) : Dim.of(1);
      Dim db = ib >= 0 ? b.get(ib) : Dim.of(1);
      out[i] = broadcastDim(da, db, i, into);
    }
    return Shape.of(List.of(out)).assuming(into);
  }

  /** The broadcast shape of any number of shapes, left to right as {@code infer_size} folds. */
  public static Shape broadcast(Shape first, Shape... rest) {
    Shape s = first;
    for (Shape r : rest) {
      s = broadcast(s, r);
    }
    return s;
  }

  private static Dim broadcastDim(Dim a, Dim b, int dim, Assumptions into) {
    if (a.eq(1) == Truth.TRUE) {
      return b;
    }
    if (b.eq(1) == Truth.TRUE) {
      return a;
    }
    Truth same = Dim.eq(a, b);
    if (same == Truth.TRUE) {
      return a;
    }
    Truth ok = same.or(a.eq(1)).or(b.eq(1));
    Checks.check(
        ok,
        () ->
            "The size of tensor a ("
                + a
                + ") must match the size of tensor b ("
                + b
                + ") at non-singleton dimension "
                + dim,
        () -> a + " == " + b,
        into);
    // Undecided: prefer a number (other than 1) over a symbol, else the left operand.
    if (b.isConst() && !a.isConst()) {
      return b;
    }
    return a;
  }

  /**
   * {@code tensor.expand(target)} as {@code expand_size} and {@code addmm} use it: {@code target}
   * must have at least the tensor's rank, and each tensor size must be 1 or equal the target's.
   */
  public static Shape expand(Shape self, Shape target, DType dtype) {
    Checks.check(
        target.rank() >= self.rank(),
        () ->
            "expand("
                + dtype.tensorTypeName()
                + "{"
                + self
                + "}, size="
                + target
                + "): the number of sizes provided ("
                + target.rank()
                + ") must be greater or equal to the number of dimensions in the tensor ("
                + self.rank()
                + ")");
    int off = target.rank() - self.rank();
    Assumptions into = new Assumptions();
    for (int i = 0; i < self.rank(); i++) {
      Dim have = self.get(i);
      Dim want = target.get(off + i);
      if (have.eq(1) == Truth.TRUE) {
        continue;
      }
      int at = off + i;
      Checks.check(
          Dim.eq(have, want).or(have.eq(1)),
          () ->
              "The expanded size of the tensor ("
                  + want
                  + ") must match the existing size ("
                  + have
                  + ") at non-singleton dimension "
                  + at
                  + ".  Target sizes: "
                  + target
                  + ".  Tensor sizes: "
                  + self,
          () -> have + " == " + want,
          into);
    }
    return target.assuming(into);
  }

  /**
   * An in-place binary op ({@code out.add_(other)}): {@code other} must broadcast to {@code out}'s
   * shape without changing it.
   */
  public static Shape inplace(Shape out, Shape other) {
    Shape b = broadcast(out, other);
    boolean same = b.rank() == out.rank();
    for (int i = 0; same && i < out.rank(); i++) {
      Truth t = Dim.eq(b.get(i), out.get(i));
      same = t != Truth.FALSE;
    }
    if (!same) {
      throw new ShapeError("output with shape " + out + " doesn't match the broadcast shape " + b);
    }
    return out.assuming(b.assumptions());
  }
}
