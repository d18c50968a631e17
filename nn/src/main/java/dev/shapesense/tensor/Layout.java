package dev.shapesense.tensor;

import java.util.List;

/**
 * A tensor's strides, as PyTorch's view ops give them (pure functions over shapes and strides):
 * {@code transpose}/{@code permute} permute them, {@code expand} zeroes them, slicing keeps them,
 * and {@code view} succeeds only where PyTorch's {@code computeStride} finds strides for the new
 * shape. The tensor keeps no strides (null) while it is contiguous; {@link #UNKNOWN} stands for a
 * layout the analysis does not follow (the result of an op on a non-contiguous input), on which no
 * view is refused. Sizes are symbolic: a comparison that depends on the symbols' values also gives
 * {@link #UNKNOWN}, never a refusal.
 */
public final class Layout {
  private Layout() {}

  /** A layout that is not followed: views of it are never refused. */
  static final Dim[] UNKNOWN = new Dim[0];

  /** PyTorch's text for a view that the strides cannot express. */
  public static final String VIEW_INCOMPATIBLE =
      "view size is not compatible with input tensor's size and stride (at least one dimension"
          + " spans across two contiguous subspaces). Use .reshape(...) instead.";

  /** The row-major strides of {@code shape}. */
  static Dim[] contiguous(Shape shape) {
    Dim[] st = new Dim[shape.rank()];
    Dim expected = Dim.of(1);
    for (int d = shape.rank() - 1; d >= 0; d--) {
      st[d] = expected;
      expected = expected.times(shape.get(d));
    }
    return st;
  }

  /**
   * The strides of a tensor of {@code shape} whose stored strides are {@code st} (null:
   * contiguous).
   */
  static Dim[] of(Shape shape, Dim[] st) {
    return st == null ? contiguous(shape) : st;
  }

  /**
   * {@code st} as a tensor of {@code shape} keeps it: null when those strides are the contiguous
   * ones (PyTorch's {@code is_contiguous}: dims of size 1 do not count), else {@code st}.
   */
  static Dim[] normal(Shape shape, Dim[] st) {
    if (st == null || st == UNKNOWN) {
      return st;
    }
    if (st.length != shape.rank()) {
      return UNKNOWN;
    }
    Dim expected = Dim.of(1);
    for (int d = shape.rank() - 1; d >= 0; d--) {
      Dim size = shape.get(d);
      if (Dim.eq(size, Dim.of(1)) == Truth.TRUE) {
        continue;
      }
      if (Dim.eq(st[d], expected) != Truth.TRUE) {
        return st;
      }
      expected = expected.times(size);
    }
    return null;
  }

  /** Strides permuted: output dim i has input dim {@code perm[i]}'s stride. */
  static Dim[] permute(Shape shape, Dim[] st, int[] perm) {
    if (st == UNKNOWN) {
      return UNKNOWN;
    }
    Dim[] in = of(shape, st);
    Dim[] out = new Dim[perm.length];
    for (int i = 0; i < perm.length; i++) {
      out[i] = in[perm[i]];
    }
    return out;
  }

  /** {@code expand}: new leading dims and size-1 dims broadcast to more get stride 0. */
  static Dim[] expand(Shape shape, Dim[] st, Shape out) {
    if (st == UNKNOWN) {
      return UNKNOWN;
    }
    Dim[] in = of(shape, st);
    Dim[] res = new Dim[out.rank()];
    int lead = out.rank() - shape.rank();
    for (int i = 0; i < out.rank(); i++) {
      int d = i - lead;
      if (d < 0) {
        res[i] = Dim.of(0);
      } else if (Dim.eq(shape.get(d), Dim.of(1)) == Truth.TRUE
          && Dim.eq(out.get(i), Dim.of(1)) != Truth.TRUE) {
        res[i] = Dim.of(0);
      } else {
        res[i] = in[d];
      }
    }
    return res;
  }

  /**
   * Narrowing or slicing dim {@code d} with {@code step}: the strides stay (times the step there).
   */
  static Dim[] slice(Shape shape, Dim[] st, int d, long step) {
    if (st == UNKNOWN) {
      return UNKNOWN;
    }
    Dim[] res = of(shape, st).clone();
    res[d] = res[d].times(step);
    return res;
  }

  /** {@code select} along dim {@code d}: that dim's stride goes. */
  static Dim[] select(Shape shape, Dim[] st, int d) {
    if (st == UNKNOWN) {
      return UNKNOWN;
    }
    Dim[] in = of(shape, st);
    Dim[] res = new Dim[in.length - 1];
    for (int i = 0, j = 0; i < in.length; i++) {
      if (i != d) {
        res[j++] = in[i];
      }
    }
    return res;
  }

  /**
   * PyTorch's {@code computeStride} ({@code aten/src/ATen/TensorUtils.cpp}): the strides of a view
   * of a tensor of {@code shape} and strides {@code st} as {@code view}; null when the view is
   * impossible; {@link #UNKNOWN} when that depends on the symbols' values (or {@code st} is).
   */
  static Dim[] view(Shape shape, Dim[] st, Shape view) {
    return view(shape, st, view, null);
  }

  /**
   * As {@link #view(Shape, Dim[], Shape)}, where the symbolic sizes whose being 1 decides it are
   * taken to be more than 1 ({@code notOne} collects them) when {@code notOne} is not null: the
   * view of every other size. When that view is impossible, only sizes of 1 make it work.
   */
  static Dim[] view(Shape shape, Dim[] st, Shape view, java.util.Set<Dim> notOne) {
    if (st == UNKNOWN) {
      return UNKNOWN;
    }
    if (st == null) {
      return contiguous(view);
    }
    for (Dim d : shape.dims()) {
      if (d.isConst() && d.value() == 0) {
        // An empty tensor: any view of the same numel is possible.
        return contiguous(view);
      }
    }
    if (shape.rank() == 0) {
      Dim[] ones = new Dim[view.rank()];
      java.util.Arrays.fill(ones, Dim.of(1));
      return ones;
    }
    Dim[] out = new Dim[view.rank()];
    int viewD = view.rank() - 1;
    Dim chunkBase = st[st.length - 1];
    Dim tensorNumel = Dim.of(1);
    Dim viewNumel = Dim.of(1);
    for (int d = shape.rank() - 1; d >= 0; d--) {
      tensorNumel = tensorNumel.times(shape.get(d));
      boolean chunkEnd;
      if (d == 0) {
        chunkEnd = true;
      } else {
        Truth one = Dim.eq(shape.get(d - 1), Dim.of(1));
        if (one == Truth.UNKNOWN && notOne != null) {
          notOne.add(shape.get(d - 1));
          one = Truth.FALSE;
        }
        Truth joined = Dim.eq(st[d - 1], tensorNumel.times(chunkBase));
        if (one == Truth.UNKNOWN || (one == Truth.FALSE && joined == Truth.UNKNOWN)) {
          return UNKNOWN;
        }
        chunkEnd = one == Truth.FALSE && joined == Truth.FALSE;
      }
      if (!chunkEnd) {
        continue;
      }
      while (viewD >= 0) {
        Truth less = Dim.lt(viewNumel, tensorNumel);
        Truth one = Dim.eq(view.get(viewD), Dim.of(1));
        if (one == Truth.UNKNOWN && notOne != null) {
          notOne.add(view.get(viewD));
          one = Truth.FALSE;
        }
        if (less == Truth.UNKNOWN || (less == Truth.FALSE && one == Truth.UNKNOWN)) {
          return UNKNOWN;
        }
        if (less == Truth.FALSE && one == Truth.FALSE) {
          break;
        }
        out[viewD] = viewNumel.times(chunkBase);
        viewNumel = viewNumel.times(view.get(viewD));
        viewD--;
      }
      Truth same = Dim.eq(viewNumel, tensorNumel);
      if (same == Truth.UNKNOWN) {
        return UNKNOWN;
      }
      if (same == Truth.FALSE) {
        return null;
      }
      if (d > 0) {
        chunkBase = st[d - 1];
        tensorNumel = Dim.of(1);
        viewNumel = Dim.of(1);
      }
    }
    return viewD == -1 ? out : null;
  }

  /** Whether {@code st} of a tensor of {@code shape} is known and not contiguous. */
  static boolean knownStrided(Dim[] st) {
    return st != null && st != UNKNOWN;
  }

  /** The layout of an op's result on {@code inputs}: contiguous unless an input is not. */
  static Dim[] ofResult(List<Tensor> inputs) {
    for (Tensor t : inputs) {
      if (t != null && t.layout() != null) {
        return UNKNOWN;
      }
    }
    return null;
  }
}
