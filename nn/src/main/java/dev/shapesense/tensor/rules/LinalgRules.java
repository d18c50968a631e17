package dev.shapesense.tensor.rules;

import dev.shapesense.tensor.Assumptions;
import dev.shapesense.tensor.Checks;
import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Shape;
import java.util.ArrayList;
import java.util.List;

/**
 * Shape rules of PyTorch 1.13's matrix products ({@code dot}, {@code mv}, {@code mm}, {@code
 * addmm}, {@code bmm}, {@code baddbmm}, {@code outer}, {@code matmul}) with their CPU checks in
 * their order. {@code matmul} is reduced to the kernels it calls, so its errors are theirs (an
 * {@code mm} of folded batches reports the folded sizes, as PyTorch does).
 */
public final class LinalgRules {
  private LinalgRules() {}

  /** Matrix products need equal dtypes (the CPU kernels dispatch on one dtype). */
  public static void checkSameDtype(DType a, DType b) {
    Checks.check(
        a == b, () -> "expected scalar type " + a.scalarName() + " but found " + b.scalarName());
  }

  /** {@code a.dot(b)}: two 1-D tensors of one dtype and the same length; a 0-d result. */
  public static Shape dot(Shape a, DType ta, Shape b, DType tb) {
    Assumptions into = new Assumptions();
    Checks.check(
        a.rank() == 1 && b.rank() == 1,
        () -> "1D tensors expected, but got " + a.rank() + "D and " + b.rank() + "D tensors");
    Checks.check(
        ta == tb,
        () ->
            "dot : expected both vectors to have same dtype, but found "
                + ta.scalarName()
                + " and "
                + tb.scalarName());
    Checks.check(
        Dim.eq(a.numel(), b.numel()),
        () ->
            "inconsistent tensor size, expected tensor ["
                + a.numel()
                + "] and src ["
                + b.numel()
                + "] to have the same number of elements, but got "
                + a.numel()
                + " and "
                + b.numel()
                + " elements respectively",
        () -> a.numel() + " == " + b.numel(),
        into);
    return Shape.of().assuming(into);
  }

  /** {@code mat.mv(vec)}: {@code [n, m] x [m] -> [n]}. */
  public static Shape mv(Shape mat, Shape vec) {
    Checks.check(
        mat.rank() == 2 && vec.rank() == 1,
        () -> "vector + matrix @ vector expected, got 1, " + mat.rank() + ", " + vec.rank());
    Dim n = mat.get(0);
    Assumptions into = new Assumptions();
    Checks.check(
        Dim.eq(mat.get(1), vec.get(0)),
        () -> "size mismatch, got " + n + ", " + n + "x" + mat.get(1) + "," + vec.get(0),
        () -> mat.get(1) + " == " + vec.get(0),
        into);
    return Shape.of(n).assuming(into);
  }

  /** {@code a.mm(b)}: {@code [n, k] x [k, m] -> [n, m]}. */
  public static Shape mm(Shape a, Shape b) {
    Checks.check(a.rank() == 2, () -> "self must be a matrix");
    Checks.check(b.rank() == 2, () -> "mat2 must be a matrix");
    Assumptions into = new Assumptions();
    checkMultipliable(a, b, into);
    return Shape.of(a.get(0), b.get(1)).assuming(into);
  }

  /**
   * A dim as a factor of PyTorch's {@code AxB} text: a number or a symbol as it is, an expression
   * in parentheses ({@code (N * L)x64}, not the ambiguous {@code N * Lx64}).
   */
  static String factor(Dim d) {
    String s = d.toString();
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isLetterOrDigit(s.charAt(i)) && s.charAt(i) != '_') {
        return "(" + s + ")";
      }
    }
    return s;
  }

  private static void checkMultipliable(Shape a, Shape b, Assumptions into) {
    Checks.check(
        Dim.eq(a.get(1), b.get(0)),
        () ->
            "mat1 and mat2 shapes cannot be multiplied ("
                + factor(a.get(0))
                + "x"
                + factor(a.get(1))
                + " and "
                + factor(b.get(0))
                + "x"
                + factor(b.get(1))
                + ")",
        () -> a.get(1) + " == " + b.get(0),
        into);
  }

  /**
   * {@code torch.addmm(self, mat1, mat2)}: {@code mat1 @ mat2} plus {@code self} expanded to the
   * product's shape.
   */
  public static Shape addmm(
      Shape self, DType selfType, Shape mat1, DType t1, Shape mat2, DType t2) {
    Checks.check(t1 == t2, () -> "mat1 and mat2 must have the same dtype");
    Checks.check(mat1.rank() == 2, () -> "mat1 must be a matrix, got " + mat1.rank() + "-D tensor");
    Checks.check(mat2.rank() == 2, () -> "mat2 must be a matrix, got " + mat2.rank() + "-D tensor");
    Assumptions into = new Assumptions();
    checkMultipliable(mat1, mat2, into);
    Shape out = Shape.of(mat1.get(0), mat2.get(1)).assuming(into);
    return BroadcastRules.expand(self, out, selfType);
  }

  /** {@code a.bmm(b)}: {@code [b, n, k] x [b, k, m] -> [b, n, m]}. */
  public static Shape bmm(Shape a, Shape b) {
    Checks.check(a.rank() == 3, () -> "batch1 must be a 3D tensor");
    Checks.check(b.rank() == 3, () -> "batch2 must be a 3D tensor");
    Dim bs = a.get(0);
    Dim k = a.get(2);
    Assumptions into = new Assumptions();
    Checks.check(
        Dim.eq(b.get(0), bs).and(Dim.eq(b.get(1), k)),
        () ->
            "Expected size for first two dimensions of batch2 tensor to be: ["
                + bs
                + ", "
                + k
                + "] but got: ["
                + b.get(0)
                + ", "
                + b.get(1)
                + "].",
        () -> b.get(0) + " == " + bs + " and " + b.get(1) + " == " + k,
        into);
    return Shape.of(bs, a.get(1), b.get(2)).assuming(into);
  }

  /** {@code torch.baddbmm(self, batch1, batch2)}: {@code self} must expand to the bmm result. */
  public static Shape baddbmm(Shape self, DType selfType, Shape batch1, Shape batch2) {
    Shape out = bmm(batch1, batch2);
    return BroadcastRules.expand(self, out, selfType);
  }

  /** {@code torch.outer(a, b)}: two 1-D tensors; {@code [n] x [m] -> [n, m]}. */
  public static Shape outer(Shape a, Shape b) {
    Checks.check(
        a.rank() == 1, () -> "outer: Expected 1-D argument self, but got " + a.rank() + "-D");
    Checks.check(
        b.rank() == 1, () -> "outer: Expected 1-D argument vec2, but got " + b.rank() + "-D");
    return Shape.of(a.get(0), b.get(0));
  }

  /** {@code t.t()}: transposes a matrix; 0-d and 1-D tensors are returned as they are. */
  public static Shape t(Shape s) {
    Checks.check(
        s.rank() <= 2,
        () -> "t() expects a tensor with <= 2 dimensions, but self is " + s.rank() + "D");
    return s.rank() < 2 ? s : Shape.of(s.get(1), s.get(0)).assuming(s.assumptions());
  }

  /** {@code torch.matmul(a, b)} with NumPy semantics and PyTorch's kernel choice. */
  public static Shape matmul(Shape a, DType ta, Shape b, DType tb) {
    int da = a.rank();
    int db = b.rank();
    Checks.check(
        da != 0 && db != 0,
        () ->
            "both arguments to matmul need to be at least 1D, but they are "
                + da
                + "D and "
                + db
                + "D");
    if (da == 1 && db == 1) {
      return dot(a, ta, b, tb);
    }
    if (da == 2 && db == 1) {
      return mv(a, b);
    }
    if (da == 1 && db == 2) {
      return mm(Shape.of(Dim.of(1), a.get(0)), b).remove(0);
    }
    if (da == 2 && db == 2) {
      return mm(a, b);
    }
    if (da >= 3 && (db == 1 || db == 2)) {
      return folded(a, b);
    }
    if (db >= 3 && (da == 1 || da == 2)) {
      // PyTorch folds the batch of the right operand: (b^T @ a^T)^T.
      Shape bt = b.set(db - 1, b.get(db - 2)).set(db - 2, b.get(db - 1));
      Shape out = folded(bt, t(a));
      if (da == 2) {
        int r = out.rank();
        out = out.set(r - 1, out.get(r - 2)).set(r - 2, out.get(r - 1));
      }
      return out;
    }
    return batched(a, b);
  }

  /**
   * {@code torch.matmul} on shapes, then the dtype check of the kernel it calls (after the shape
   * checks, as CPU kernels check dtypes when they run).
   */
  public static Shape matmulChecked(Shape a, DType ta, Shape b, DType tb) {
    Shape out = matmul(a, ta, b, tb);
    checkSameDtype(ta, tb);
    return out;
  }

  /** {@code t1} of 3+ dims times a matrix or vector, its batch folded into its rows. */
  private static Shape folded(Shape t1, Shape t2) {
    Shape outer = t1.sub(0, t1.rank() - 1);
    Shape t1Folded = Shape.of(outer.numel(), t1.get(-1));
    if (t2.rank() == 2) {
      Shape product = mm(t1Folded, t2);
      return outer.concat(Shape.of(t2.get(1))).assuming(product.assumptions());
    }
    return outer.assuming(mv(t1Folded, t2).assumptions());
  }

  /** Both operands batched: the batch dims broadcast, then one {@code bmm} on the flat batch. */
  private static Shape batched(Shape a, Shape b) {
    int da = a.rank();
    int db = b.rank();
    Dim n = da > 1 ? a.get(-2) : Dim.of(1);
    Dim m1 = a.get(-1);
    Shape batch1 = a.sub(0, Math.max(da - 2, 0));
    Dim m2 = db > 1 ? b.get(-2) : b.get(0);
    Dim p = db > 1 ? b.get(-1) : Dim.of(1);
    Shape batch2 = b.sub(0, Math.max(db - 2, 0));
    Shape batch = BroadcastRules.broadcast(batch1, batch2);
    Dim flat = batch.numel();
    Shape product = bmm(Shape.of(flat, n, m1), Shape.of(flat, m2, p));
    List<Dim> out = new ArrayList<>(batch.dims());
    if (da > 1) {
      out.add(n);
    }
    if (db > 1) {
      out.add(p);
    }
    return Shape.of(out).assuming(batch.assumptions()).assuming(product.assumptions());
  }
}
