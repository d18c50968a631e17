package dev.shapesense.tensor.rules;

import dev.shapesense.tensor.Assumptions;
import dev.shapesense.tensor.Checks;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.Truth;
import java.util.ArrayList;
import java.util.List;

/**
 * Shape rules of the ops that join tensors: {@code torch.cat}, {@code torch.stack}, {@code
 * torch.hstack} and {@code torch.vstack}, with PyTorch 1.13's checks in its order (including {@code
 * cat}'s legacy skipping of 1-d empty tensors). Sizes that must agree and cannot be decided on
 * symbolic dims become assumptions.
 */
public final class JoinRules {
  private JoinRules() {}

  /** {@code torch.cat(tensors, dim)}. */
  public static Shape cat(List<Shape> tensors, long dim) {
    for (int i = 0; i < tensors.size(); i++) {
      int at = i;
      Checks.check(
          tensors.get(i).rank() > 0,
          () -> "zero-dimensional tensor (at position " + at + ") cannot be concatenated");
    }
    long wrapped = dim;
    for (Shape t : tensors) {
      if (!skipped(t)) {
        wrapped = Checks.wrapDim(dim, t.rank());
        break;
      }
    }
    Checks.check(!tensors.isEmpty(), () -> "torch.cat(): expected a non-empty list of Tensors");
    int valid = -1;
    for (int i = 0; i < tensors.size() && valid < 0; i++) {
      if (!skipped(tensors.get(i))) {
        valid = i;
      }
    }
    if (valid < 0) {
      return tensors.get(0);
    }
    Shape first = tensors.get(valid);
    int d = (int) wrapped;
    Dim total = Dim.of(0);
    Assumptions into = new Assumptions();
    for (int i = 0; i < tensors.size(); i++) {
      Shape t = tensors.get(i);
      if (skipped(t)) {
        continue;
      }
      checkShapeExceptDim(first, t, d, i, into);
      total = total.plus(t.get(d));
    }
    return first.set(d, total).assuming(into);
  }

  /** cat skips 1-d tensors with no elements, for backward compatibility. */
  private static boolean skipped(Shape t) {
    return t.rank() == 1 && Dim.eq(t.get(0), Dim.of(0)) == Truth.TRUE;
  }

  private static void checkShapeExceptDim(
      Shape first, Shape second, int dimension, int index, Assumptions into) {
    Checks.check(
        first.rank() == second.rank(),
        () ->
            "Tensors must have same number of dimensions: got "
                + first.rank()
                + " and "
                + second.rank());
    for (int i = 0; i < first.rank(); i++) {
      if (i == dimension) {
        continue;
      }
      Dim a = first.get(i);
      Dim b = second.get(i);
      Checks.checkEq(
          a,
          b,
          () ->
              "Sizes of tensors must match except in dimension "
                  + dimension
                  + ". Expected size "
                  + a
                  + " but got size "
                  + b
                  + " for tensor number "
                  + index
                  + " in the list.",
          into);
    }
  }

  /** {@code torch.stack(tensors, dim)}: equal shapes joined along a new dim. */
  public static Shape stack(List<Shape> tensors, long dim) {
    Checks.check(!tensors.isEmpty(), () -> "stack expects a non-empty TensorList");
    Shape entry = tensors.get(0);
    int d = Checks.wrapDim(dim, entry.rank() + 1);
    Assumptions into = new Assumptions();
    for (int i = 1; i < tensors.size(); i++) {
      Shape t = tensors.get(i);
      int at = i;
      Truth same = Truth.of(t.rank() == entry.rank());
      for (int k = 0; k < entry.rank() && same != Truth.FALSE; k++) {
        same = same.and(Dim.eq(entry.get(k), t.get(k)));
      }
      Checks.check(
          same,
          () ->
              "stack expects each tensor to be equal size, but got "
                  + entry
                  + " at entry 0 and "
                  + t
                  + " at entry "
                  + at,
          () -> t + " == " + entry,
          into);
    }
    return entry.insert(d, Dim.of(tensors.size())).assuming(into);
  }

  /** {@code torch.hstack(tensors)}: 1-d tensors joined along dim 0, others along dim 1. */
  public static Shape hstack(List<Shape> tensors) {
    Checks.check(!tensors.isEmpty(), () -> "hstack expects a non-empty TensorList");
    List<Shape> rs = new ArrayList<>();
    for (Shape t : tensors) {
      rs.add(t.rank() == 0 ? Shape.of(1) : t);
    }
    return cat(rs, rs.get(0).rank() == 1 ? 0 : 1);
  }

  /** {@code torch.vstack(tensors)}: tensors made at least 2-d, joined along dim 0. */
  public static Shape vstack(List<Shape> tensors) {
    Checks.check(!tensors.isEmpty(), () -> "vstack expects a non-empty TensorList");
    List<Shape> rs = new ArrayList<>();
    for (Shape t : tensors) {
      rs.add(t.rank() == 0 ? Shape.of(1, 1) : t.rank() == 1 ? t.insert(0, Dim.of(1)) : t);
    }
    return cat(rs, 0);
  }
}
