package dev.shapesense.tensor;

import java.util.List;
import java.util.function.IntBinaryOperator;

/**
 * CPU kernels for layout ops (views, copies, joins): each takes the result shape its op's shape
 * rule returned and fills it; it never computes a shape of its own. Index maps send each output
 * element (row-major) to the source element it copies, so int64 data stays exact.
 */
public final class CpuOps {
  private CpuOps() {}

  /** The concrete sizes of a CPU shape. */
  public static int[] sizes(Shape s) {
    int[] out = new int[s.rank()];
    for (int i = 0; i < out.length; i++) {
      out[i] = (int) s.get(i).value();
    }
    return out;
  }

  /** Row-major strides of {@code sizes}. */
  public static int[] strides(int[] sizes) {
    int[] st = new int[sizes.length];
    int acc = 1;
    for (int i = sizes.length - 1; i >= 0; i--) {
      st[i] = acc;
      acc *= sizes[i];
    }
    return st;
  }

  static int numel(int[] sizes) {
    return numel(sizes, 0, sizes.length);
  }

  /** The product of {@code sizes[from..to)}: the elements of a block of those dims. */
  static int numel(int[] sizes, int from, int to) {
    int n = 1;
    for (int k = from; k < to; k++) {
      n *= sizes[k];
    }
    return n;
  }

  /**
   * For each element of a result of sizes {@code outSizes} (row-major), the source position {@code
   * sum_k source(k, i_(lead + k)) * strides[k]} over the source's dims k, which stand for the
   * result's last {@code strides.length} dims; {@code source} maps an index along a dim of the
   * result to one along the source's.
   */
  static int[] mapByDim(int[] outSizes, int[] strides, IntBinaryOperator source) {
    int lead = outSizes.length - strides.length;
    int n = numel(outSizes);
    int[] map = new int[n];
    int[] idx = new int[outSizes.length];
    for (int i = 0; i < n; i++) {
      int pos = 0;
      for (int k = 0; k < strides.length; k++) {
        pos += source.applyAsInt(k, idx[lead + k]) * strides[k];
      }
      map[i] = pos;
      for (int k = outSizes.length - 1; k >= 0; k--) {
        if (++idx[k] < outSizes[k]) {
          break;
        }
        idx[k] = 0;
      }
    }
    return map;
  }

  /** For each output element, {@code offset + sum(index_k * strides[k])}. */
  static int[] stridedMap(int[] outSizes, int[] strides, int offset) {
    int n = numel(outSizes);
    int[] map = new int[n];
    int rank = outSizes.length;
    int[] idx = new int[rank];
    int pos = offset;
    for (int i = 0; i < n; i++) {
      map[i] = pos;
      for (int k = rank - 1; k >= 0; k--) {
        idx[k]++;
        pos += strides[k];
        if (idx[k] < outSizes[k]) {
          break;
        }
        pos -= strides[k] * idx[k];
        idx[k] = 0;
      }
    }
    return map;
  }

  /** The result of shape {@code out} whose element i is {@code src}'s element {@code map[i]}. */
  static Tensor gather(Tensor src, Shape out, DType dtype, int[] map) {
    if (src.dtype() == DType.INT64 && dtype == DType.INT64) {
      long[] in = src.longs();
      long[] v = new long[map.length];
      for (int i = 0; i < v.length; i++) {
        v[i] = in[map[i]];
      }
      return Tensor.computedLongs(out, dtype, v, src);
    }
    double[] in = src.doubles();
    double[] v = new double[map.length];
    for (int i = 0; i < v.length; i++) {
      v[i] = in[map[i]];
    }
    return Tensor.computed(out, dtype, v, src);
  }

  /** Maps each element of {@code out} to the element of {@code in} it broadcasts from. */
  public static int[] broadcastMap(Shape out, Shape in) {
    int[] os = sizes(out);
    int[] is = sizes(in);
    int[] ist = strides(is);
    int[] st = new int[os.length];
    int lead = os.length - is.length;
    for (int k = 0; k < is.length; k++) {
      st[lead + k] = is[k] == 1 ? 0 : ist[k];
    }
    return stridedMap(os, st, 0);
  }

  /** {@code expand}: a broadcast copy. */
  static Tensor expand(Tensor src, Shape out) {
    return gather(src, out, src.dtype(), broadcastMap(out, src.shape()));
  }

  /** {@code permute}: output dim i is input dim {@code perm[i]}. */
  static Tensor permute(Tensor src, Shape out, int[] perm) {
    int[] st = strides(sizes(src.shape()));
    int[] ps = new int[perm.length];
    for (int i = 0; i < perm.length; i++) {
      ps[i] = st[perm[i]];
    }
    return gather(src, out, src.dtype(), stridedMap(sizes(out), ps, 0));
  }

  /**
   * {@code diagonal}: the elements {@code (k + max(-offset, 0), k + max(offset, 0))} of dims {@code
   * d1} and {@code d2} (wrapped), as the last dim of {@code out}; the other dims kept in order.
   */
  static Tensor diagonal(Tensor src, Shape out, int d1, int d2, long offset) {
    int[] st = strides(sizes(src.shape()));
    int[] os = new int[out.rank()];
    int k = 0;
    for (int i = 0; i < st.length; i++) {
      if (i != d1 && i != d2) {
        os[k++] = st[i];
      }
    }
    os[k] = st[d1] + st[d2];
    int start = (int) (offset >= 0 ? offset * st[d2] : -offset * st[d1]);
    return gather(src, out, src.dtype(), stridedMap(sizes(out), os, start));
  }

  /** The permutation {@code out} dims come from, given dims already wrapped. */
  static int[] transposition(int rank, int d0, int d1) {
    int[] p = new int[rank];
    for (int i = 0; i < rank; i++) {
      p[i] = i;
    }
    p[d0] = d1;
    p[d1] = d0;
    return p;
  }

  /** {@code repeat}: output element at index i copies input at {@code i_k mod in_k}. */
  static Tensor repeat(Tensor src, Shape out) {
    int[] os = sizes(out);
    int[] is = sizes(src.shape());
    int[] map = mapByDim(os, strides(is), (k, i) -> i % is[k]);
    return gather(src, out, src.dtype(), map);
  }

  /**
   * Elements {@code start, start + step, ...} along {@code dim} (already wrapped, start already
   * resolved), as many as {@code out} holds there: narrow, slice, select (out lacks the dim then).
   */
  static Tensor along(Tensor src, Shape out, int dim, long start, long step, boolean dropDim) {
    int[] is = sizes(src.shape());
    int[] ist = strides(is);
    int[] os = sizes(out);
    int[] st = new int[os.length];
    for (int k = 0, j = 0; k < is.length; k++) {
      if (k == dim) {
        if (dropDim) {
          continue;
        }
        st[j++] = (int) (ist[k] * step);
      } else {
        st[j++] = ist[k];
      }
    }
    int offset = (int) (start * ist[dim]);
    if (numel(os) == 0) {
      offset = 0;
    }
    return gather(src, out, src.dtype(), stridedMap(os, st, offset));
  }

  /** Consecutive pieces along {@code dim} with the sizes of {@code shapes}' dim. */
  static List<Tensor> pieces(Tensor src, List<Shape> shapes, int dim) {
    List<Tensor> out = new java.util.ArrayList<>();
    long start = 0;
    for (Shape s : shapes) {
      out.add(along(src, s, dim, start, 1, false));
      start += s.get(dim).value();
    }
    return out;
  }

  /** {@code cat}: the inputs' blocks along {@code dim}; empty legacy 1-d inputs are skipped. */
  static Tensor cat(List<Tensor> tensors, Shape out, int dim, DType dtype) {
    int[] os = sizes(out);
    int outer = numel(os, 0, dim);
    int inner = numel(os, dim + 1, os.length);
    int outRow = os[dim] * inner;
    boolean exact = dtype == DType.INT64;
    double[] v = exact ? null : new double[numel(os)];
    long[] l = exact ? new long[numel(os)] : null;
    int col = 0;
    for (Tensor t : tensors) {
      if (t.dim() != out.rank()) {
        continue; // a legacy empty [0] tensor
      }
      int block = (int) t.shape().get(dim).value() * inner;
      if (exact) {
        long[] src = t.longs();
        for (int o = 0; o < outer; o++) {
          System.arraycopy(src, o * block, l, o * outRow + col, block);
        }
      } else {
        double[] src = t.doubles();
        for (int o = 0; o < outer; o++) {
          System.arraycopy(src, o * block, v, o * outRow + col, block);
        }
      }
      col += block;
    }
    Tensor[] ins = tensors.toArray(new Tensor[0]);
    return exact ? Tensor.computedLongs(out, dtype, l, ins) : Tensor.computed(out, dtype, v, ins);
  }

  /**
   * {@code roll}: along each rolled dim of size n, output element i is input element {@code (i -
   * shift) mod n}; a dim named twice rolls by the sum. No dims rolls the flattened tensor by {@code
   * shifts[0]}. {@code dims} are already wrapped.
   */
  static Tensor roll(Tensor src, long[] shifts, int[] dims) {
    int[] is = sizes(src.shape());
    if (dims.length == 0) {
      int n = numel(is);
      int[] map = new int[n];
      for (int i = 0; i < n; i++) {
        map[i] = (int) Math.floorMod(i - shifts[0], (long) n);
      }
      return gather(src, src.shape(), src.dtype(), map);
    }
    long[] shift = new long[is.length];
    for (int j = 0; j < dims.length; j++) {
      shift[dims[j]] += shifts[j];
    }
    int[] map =
        mapByDim(is, strides(is), (k, i) -> (int) Math.floorMod(i - shift[k], (long) is[k]));
    return gather(src, src.shape(), src.dtype(), map);
  }

  /**
   * {@code index_select}: the slices of {@code src} along {@code dim} (already wrapped) that {@code
   * index} names, in its order, with PyTorch 1.13's CPU errors for an index out of range.
   */
  static Tensor indexSelect(Tensor src, Shape out, int dim, Tensor index) {
    requireData(index);
    long[] idx = index.longs();
    if (src.dim() == 0) {
      Checks.check(
          idx.length > 0,
          "IndexError",
          () -> "index_select(): Index to scalar can have only 1 value, got 0 value(s)");
      for (long i : idx) {
        Checks.check(i == 0, "IndexError", () -> "index out of range in self");
      }
      return gather(src, out, src.dtype(), new int[] {0});
    }
    int[] is = sizes(src.shape());
    int n = is[dim];
    for (long i : idx) {
      if (i < 0 || i >= n) {
        throw dim == 0
            ? new ShapeError("IndexError", "index out of range in self")
            : new ShapeError("INDICES element is out of DATA bounds, id=" + i + " axis_dim=" + n);
      }
    }
    int outer = numel(is, 0, dim);
    int inner = numel(is, dim + 1, is.length);
    int m = idx.length;
    int[] map = new int[outer * m * inner];
    for (int o = 0; o < outer; o++) {
      for (int j = 0; j < m; j++) {
        int from = (int) ((o * (long) n + idx[j]) * inner);
        int to = (o * m + j) * inner;
        for (int i = 0; i < inner; i++) {
          map[to + i] = from + i;
        }
      }
    }
    return gather(src, out, src.dtype(), map);
  }

  /** A CPU kernel's tensor argument must hold data: PyTorch's error for a META one. */
  static void requireData(Tensor t) {
    if (t != null && !t.hasData()) {
      throw new UnsupportedOperationException(
          "Expected all tensors to be on the same device, but found at least two devices, cpu"
              + " and "
              + t.device()
              + "!");
    }
  }

  /** {@code f} applied to each element of a CPU tensor, giving a tensor of dtype {@code out}. */
  public static Tensor map(Tensor a, DType out, java.util.function.DoubleUnaryOperator f) {
    return ElementwiseOps.map(a, out, f);
  }

  /** The error function, to double precision (Java has none). */
  public static double erf(double x) {
    double ax = Math.abs(x);
    if (ax > 6) {
      return Math.signum(x);
    }
    // erf(x) = 2/sqrt(pi) exp(-x^2) sum 2^n x^(2n+1) / (1*3*...*(2n+1)): all terms positive.
    double term = ax;
    double sum = ax;
    double x2 = ax * ax;
    for (int n = 1; n < 500; n++) {
      term *= 2 * x2 / (2 * n + 1);
      sum += term;
      if (term < sum * 1e-17) {
        break;
      }
    }
    double r = 2 / Math.sqrt(Math.PI) * Math.exp(-x2) * sum;
    return x < 0 ? -r : r;
  }
}
