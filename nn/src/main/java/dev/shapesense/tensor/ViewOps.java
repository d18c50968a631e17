package dev.shapesense.tensor;

import dev.shapesense.tensor.rules.DiagonalRules;
import dev.shapesense.tensor.rules.IndexRules;
import dev.shapesense.tensor.rules.RollIndexRules;
import dev.shapesense.tensor.rules.SplitRules;
import dev.shapesense.tensor.rules.TransposeRules;
import dev.shapesense.tensor.rules.ViewRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Views, reshaping and indexing: the one implementation of each such op, which the generated
 * overloads of {@code Tensor} and {@code Tensors} call (op table: {@code TensorOpTable}). Each runs
 * the op's shape rule, then on CPU its kernel ({@link CpuOps}), and gives the result the strides
 * PyTorch's would have ({@link Layout}), which decide the views PyTorch allows later.
 */
final class ViewOps {
  private ViewOps() {}

  /** Sizes as the rules take them. */
  static List<Dim> dims(long[] sizes) {
    List<Dim> out = new ArrayList<>();
    for (long s : sizes) {
      out.add(Dim.of(s));
    }
    return out;
  }

  static List<Dim> dims(Shape sizes) {
    return sizes.dims();
  }

  static List<Dim> dims(Dim[] sizes) {
    return List.of(sizes);
  }

  static long[] longs(int[] values) {
    return Arrays.stream(values).asLongStream().toArray();
  }

  /** {@code out}, a new result of a view op on {@code t}, with the strides {@code st}. */
  static Tensor laid(Tensor t, Tensor out, Dim[] st) {
    if (out != t) {
      out.strides = Layout.normal(out.shape(), st);
    }
    return out;
  }

  /** A result of {@code t}'s dtype whose elements are {@code t}'s, in the same order. */
  private static Tensor reshaped(Tensor t, Shape s) {
    return t.hasData() ? t.sharing(s) : Tensor.result(s, t.dtype(), t);
  }

  private static List<Tensor> pieces(Tensor t, List<Shape> shapes, int dim) {
    int d = Checks.wrapDim(dim, t.dim());
    Dim[] st = Layout.slice(t.shape(), t.strides, d, 1);
    List<Tensor> out = new ArrayList<>();
    if (t.hasData()) {
      for (Tensor p : CpuOps.pieces(t, shapes, d)) {
        out.add(laid(t, p, st));
      }
      return out;
    }
    // Every piece carries the assumptions the split recorded, not only the first.
    for (Shape s : shapes) {
      out.add(laid(t, out.isEmpty() ? t.derive(s) : Tensor.result(s, t.dtype(), out.get(0)), st));
    }
    return out;
  }

  /**
   * A view of {@code t} as {@code s} ({@code view}, {@code unflatten}: {@code mustView}) or the
   * same elements as {@code s}, viewed where the strides allow and copied where not ({@code
   * reshape}, {@code flatten}); PyTorch's error when a view the strides cannot express is asked.
   */
  private static Tensor viewed(Tensor t, Shape s, boolean mustView) {
    Dim[] strides = t.strides;
    Dim[] st = Layout.view(t.shape(), strides, s);
    if (st == Layout.UNKNOWN && mustView && Layout.knownStrided(strides)) {
      // Undecided on symbols: when no size above 1 fits, the view needs one of them to be 1
      // (a transposed [N, T, 8, 16] viewed as [N * T, 128] works only for T == 1).
      java.util.Set<Dim> ones = new java.util.LinkedHashSet<>();
      if (Layout.view(t.shape(), strides, s, ones) == null && !ones.isEmpty()) {
        List<String> parts = new ArrayList<>();
        ones.forEach(d -> parts.add(d + " == 1"));
        s = s.assuming(List.of(String.join(" or ", parts)));
      }
    }
    if (st == null) {
      if (mustView) {
        throw new ShapeError(Layout.VIEW_INCOMPATIBLE);
      }
      return laid(t, reshaped(t, s), null);
    }
    return laid(t, reshaped(t, s), st);
  }

  static Tensor view(Tensor t, List<Dim> shape) {
    return viewed(t, ViewRules.view(t.shape(), shape), true);
  }

  static Tensor reshape(Tensor t, List<Dim> shape) {
    return viewed(t, ViewRules.reshape(t.shape(), shape), false);
  }

  static Tensor contiguous(Tensor t) {
    return laid(t, reshaped(t, t.shape()), null);
  }

  static Tensor flatten(Tensor t, int startDim, int endDim) {
    return viewed(t, ViewRules.flatten(t.shape(), startDim, endDim), false);
  }

  static Tensor unflatten(Tensor t, int dim, List<Dim> sizes) {
    return viewed(t, ViewRules.unflatten(t.shape(), dim, sizes), true);
  }

  static Tensor expand(Tensor t, List<Dim> sizes) {
    Shape s = ViewRules.expand(t.shape(), sizes, t.dtype());
    return laid(
        t, t.hasData() ? CpuOps.expand(t, s) : t.derive(s), Layout.expand(t.shape(), t.strides, s));
  }

  static Tensor repeat(Tensor t, List<Dim> repeats) {
    Shape s = ViewRules.repeat(t.shape(), repeats);
    return t.hasData() ? CpuOps.repeat(t, s) : t.derive(s);
  }

  /** {@code t} with its dims in the order {@code perm} (wrapped), the result's shape {@code s}. */
  private static Tensor permuted(Tensor t, Shape s, int[] perm) {
    Dim[] st = Layout.permute(t.shape(), t.strides, perm);
    return laid(t, t.hasData() ? CpuOps.permute(t, s, perm) : t.derive(s), st);
  }

  static Tensor permute(Tensor t, int[] dims) {
    Shape s = TransposeRules.permute(t.shape(), longs(dims));
    int[] perm = new int[dims.length];
    for (int i = 0; i < dims.length; i++) {
      perm[i] = Checks.wrapDim(dims[i], t.dim());
    }
    return permuted(t, s, perm);
  }

  static Tensor transpose(Tensor t, int dim0, int dim1) {
    Shape s = TransposeRules.transpose(t.shape(), dim0, dim1);
    int r = t.dim();
    if (r == 0) {
      return t.hasData() ? t.sharing(s) : t.derive(s);
    }
    return permuted(
        t, s, CpuOps.transposition(r, Checks.wrapDim(dim0, r), Checks.wrapDim(dim1, r)));
  }

  /** {@code x.t()}: transpose of a tensor of at most 2 dims. */
  static Tensor t(Tensor t) {
    Shape s = TransposeRules.t(t.shape());
    if (t.dim() < 2) {
      return laid(t, t.hasData() ? t.sharing(s) : t.derive(s), t.strides);
    }
    return permuted(t, s, new int[] {1, 0});
  }

  static Tensor movedim(Tensor t, int[] source, int[] destination) {
    Shape s = TransposeRules.movedim(t.shape(), longs(source), longs(destination));
    int r = t.dim();
    int[] perm = new int[r];
    Arrays.fill(perm, -1);
    boolean[] moved = new boolean[r];
    for (int i = 0; i < source.length; i++) {
      int src = Checks.wrapDim(source[i], r);
      perm[Checks.wrapDim(destination[i], r)] = src;
      moved[src] = true;
    }
    for (int i = 0, next = 0; i < r; i++) {
      if (perm[i] < 0) {
        while (moved[next]) {
          next++;
        }
        perm[i] = next++;
      }
    }
    return permuted(t, s, perm);
  }

  /** {@code x.squeeze()} (null dims: every size-1 dim) or {@code x.squeeze(dims)}. */
  static Tensor squeeze(Tensor t, int[] dims) {
    Shape s =
        dims == null
            ? TransposeRules.squeeze(t.shape())
            : TransposeRules.squeeze(t.shape(), longs(dims));
    return viewed(t, s, false);
  }

  static Tensor unsqueeze(Tensor t, int dim) {
    return viewed(t, TransposeRules.unsqueeze(t.shape(), dim), false);
  }

  static List<Tensor> chunk(Tensor t, int chunks, int dim) {
    return pieces(t, SplitRules.chunk(t.shape(), chunks, dim), dim);
  }

  static List<Tensor> split(Tensor t, long splitSize, int dim) {
    return pieces(t, SplitRules.split(t.shape(), splitSize, dim), dim);
  }

  static List<Tensor> splitWithSizes(Tensor t, List<Dim> splitSizes, int dim) {
    return pieces(t, SplitRules.splitWithSizes(t.shape(), splitSizes, dim), dim);
  }

  static List<Tensor> unbind(Tensor t, int dim) {
    List<Shape> shapes = SplitRules.unbind(t.shape(), dim);
    int d = Checks.wrapDim(dim, t.dim());
    Dim[] st = Layout.select(t.shape(), t.strides, d);
    List<Tensor> out = new ArrayList<>();
    for (int i = 0; i < shapes.size(); i++) {
      Shape s = shapes.get(i);
      Tensor piece =
          t.hasData()
              ? CpuOps.along(t, s, d, i, 1, true)
              : out.isEmpty() ? t.derive(s) : Tensor.result(s, t.dtype(), out.get(0));
      out.add(laid(t, piece, st));
    }
    return out;
  }

  static Tensor narrow(Tensor t, int dim, Dim start, Dim length) {
    Shape s = IndexRules.narrow(t.shape(), dim, start, length);
    int d = Checks.wrapDim(dim, t.dim());
    Dim[] strided = Layout.slice(t.shape(), t.strides, d, 1);
    if (!t.hasData()) {
      return laid(t, t.derive(s), strided);
    }
    long st = start.value();
    return laid(t, CpuOps.along(t, s, d, st < 0 ? st + t.size(d) : st, 1, false), strided);
  }

  static Tensor select(Tensor t, int dim, Dim index) {
    Shape s = IndexRules.select(t.shape(), dim, index);
    int d = Checks.wrapDim(dim, t.dim());
    Dim[] st = Layout.select(t.shape(), t.strides, d);
    if (!t.hasData()) {
      return laid(t, t.derive(s), st);
    }
    long i = index.value();
    return laid(t, CpuOps.along(t, s, d, i < 0 ? i + t.size(d) : i, 1, true), st);
  }

  /** {@code x[..., start:end:step]} along {@code dim}; a null bound is open. */
  static Tensor slice(Tensor t, int dim, Dim start, Dim end, long step) {
    Shape s = IndexRules.slice(t.shape(), dim, start, end, step);
    int d = Checks.wrapDim(dim, t.dim());
    Dim[] strided = Layout.slice(t.shape(), t.strides, d, step);
    if (!t.hasData()) {
      return laid(t, t.derive(s), strided);
    }
    long n = t.size(d);
    long st = start == null ? 0 : start.value();
    st = Math.max(0, Math.min(n, st < 0 ? st + n : st));
    return laid(t, CpuOps.along(t, s, d, st, step, false), strided);
  }

  /** {@code x[i0, i1, ...]} with basic indices: see {@link Index}. */
  static Tensor index(Tensor self, Index[] indices) {
    Shape s = IndexRules.index(self.shape(), List.of(indices));
    if (!self.hasData()) {
      // Basic indexing gives a view whose strides are not followed here: no view of it is refused.
      return laid(self, self.derive(s), Layout.UNKNOWN);
    }
    // The rule accepted the indices: apply them one by one, as basic indexing composes.
    int consumed = 0;
    for (Index i : indices) {
      if (i instanceof Index.At || i instanceof Index.Range) {
        consumed++;
      }
    }
    Tensor t = self;
    int d = 0;
    for (Index i : indices) {
      if (i instanceof Index.At at) {
        t = t.select(d, at.index());
      } else if (i instanceof Index.Range r) {
        t = t.slice(d, r.start(), r.end(), r.step());
        d++;
      } else if (i instanceof Index.NewAxis) {
        t = t.unsqueeze(d);
        d++;
      } else {
        d += self.dim() - consumed;
      }
    }
    return laid(self, t.reshape(s), Layout.UNKNOWN);
  }

  /**
   * {@code x.diagonal(offset, dim1, dim2)}: a view in PyTorch, whose strides are not followed here
   * (no later view of it is refused); on CPU the diagonal's elements copied.
   */
  static Tensor diagonal(Tensor t, long offset, int dim1, int dim2) {
    Shape s = DiagonalRules.diagonal(t.shape(), offset, dim1, dim2);
    if (!t.hasData()) {
      return laid(t, t.derive(s), Layout.UNKNOWN);
    }
    int r = t.dim();
    return laid(
        t,
        CpuOps.diagonal(t, s, Checks.wrapDim(dim1, r), Checks.wrapDim(dim2, r), offset),
        Layout.UNKNOWN);
  }

  /** {@code x.roll(shifts, dims)}: no dims rolls the flattened tensor; same shape. */
  static Tensor roll(Tensor t, long[] shifts, int[] dims) {
    Shape s = RollIndexRules.roll(t.shape(), shifts, longs(dims));
    if (!t.hasData()) {
      return t.derive(s);
    }
    int[] wrapped = new int[dims.length];
    for (int i = 0; i < dims.length; i++) {
      wrapped[i] = Checks.wrapDim(dims[i], t.dim());
    }
    return CpuOps.roll(t, shifts, wrapped);
  }

  static Tensor indexSelect(Tensor t, int dim, Tensor index) {
    Shape s = RollIndexRules.indexSelect(t.shape(), dim, index.shape(), index.dtype());
    if (!t.hasData()) {
      return Tensor.result(s, t.dtype(), t, index);
    }
    return CpuOps.indexSelect(t, s, t.dim() == 0 ? 0 : Checks.wrapDim(dim, t.dim()), index);
  }
}
