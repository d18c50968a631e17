package dev.shapesense.tensor;

/**
 * CPU kernel of {@code F.interpolate} over the dims after batch and channel: nearest,
 * nearest-exact, (bi/tri)linear, bicubic (separable, PyTorch's A = -0.75) and area. Each spatial
 * dim is resampled in turn from PyTorch's source-index formulas; the output sizes come from the
 * shape rule.
 */
public final class CpuResample {
  private CpuResample() {}

  /**
   * {@code scales}: the user's scale factors (one, or one per spatial dim) when PyTorch uses them
   * for the source index (given and not recomputed), else null (then in / out is used).
   */
  public static Tensor interpolate(
      Tensor x, Shape out, String mode, Boolean alignCorners, double[] scales) {
    int spatial = x.dim() - 2;
    if (mode.equals("area")) {
      return CpuPool.adaptivePool(spatial, x, out, false)[0];
    }
    boolean align = alignCorners != null && alignCorners;
    int[] sizes = CpuOps.sizes(x.shape());
    int[] outSizes = CpuOps.sizes(out);
    double[] v = x.doubles();
    for (int d = 0; d < spatial; d++) {
      int axis = 2 + d;
      Double sf = scales == null ? null : scales[scales.length == 1 ? 0 : d];
      v = along(v, sizes, axis, outSizes[axis], mode, align, sf);
      sizes[axis] = outSizes[axis];
    }
    return Tensor.computed(out, x.dtype(), v, x);
  }

  /** Resamples dim {@code axis} of {@code v} (sizes {@code sizes}) to {@code n} elements. */
  private static double[] along(
      double[] v, int[] sizes, int axis, int n, String mode, boolean align, Double sf) {
    int in = sizes[axis];
    int outer = CpuOps.numel(sizes, 0, axis);
    int inner = CpuOps.numel(sizes, axis + 1, sizes.length);
    int taps = mode.equals("bicubic") ? 4 : mode.endsWith("linear") ? 2 : 1;
    int[][] idx = new int[n][taps];
    double[][] w = new double[n][taps];
    double scale = sf != null && sf > 0 ? 1 / sf : (double) in / n;
    for (int o = 0; o < n; o++) {
      switch (mode) {
        case "nearest" -> {
          idx[o][0] =
              Math.min((int) Math.floor(o * (sf != null ? 1 / sf : (double) in / n)), in - 1);
          w[o][0] = 1;
        }
        case "nearest-exact" -> {
          idx[o][0] =
              Math.min(
                  (int) Math.floor((o + 0.5) * (sf != null ? 1 / sf : (double) in / n)), in - 1);
          w[o][0] = 1;
        }
        case "bicubic" -> {
          double real = source(o, in, n, scale, align, true);
          int i0 = (int) Math.floor(real);
          double t = real - i0;
          double[] c = cubic(t);
          for (int k = 0; k < 4; k++) {
            idx[o][k] = Math.min(Math.max(i0 - 1 + k, 0), in - 1);
            w[o][k] = c[k];
          }
        }
        default -> {
          double real = source(o, in, n, scale, align, false);
          int i0 = Math.min((int) Math.floor(real), in - 1);
          int i1 = Math.min(i0 + 1, in - 1);
          double l1 = real - i0;
          idx[o][0] = i0;
          idx[o][1] = i1;
          w[o][0] = 1 - l1;
          w[o][1] = l1;
        }
      }
    }
    double[] r = new double[outer * n * inner];
    for (int a = 0; a < outer; a++) {
      for (int o = 0; o < n; o++) {
        int dst = (a * n + o) * inner;
        for (int k = 0; k < taps; k++) {
          int src = (a * in + idx[o][k]) * inner;
          double wk = w[o][k];
          for (int i = 0; i < inner; i++) {
            r[dst + i] += wk * v[src + i];
          }
        }
      }
    }
    return r;
  }

  /** PyTorch's {@code area_pixel_compute_source_index}. */
  private static double source(
      int dst, int in, int out, double scale, boolean align, boolean cubic) {
    if (align) {
      return out > 1 ? (double) (in - 1) / (out - 1) * dst : 0;
    }
    double src = scale * (dst + 0.5) - 0.5;
    return !cubic && src < 0 ? 0 : src;
  }

  /** Cubic convolution weights of the four taps around {@code t} (A = -0.75). */
  private static double[] cubic(double t) {
    double a = -0.75;
    double x1 = t + 1;
    double x2 = t;
    double x3 = 1 - t;
    double x4 = 2 - t;
    return new double[] {
      ((a * x1 - 5 * a) * x1 + 8 * a) * x1 - 4 * a,
      ((a + 2) * x2 - (a + 3)) * x2 * x2 + 1,
      ((a + 2) * x3 - (a + 3)) * x3 * x3 + 1,
      ((a * x4 - 5 * a) * x4 + 8 * a) * x4 - 4 * a
    };
  }

  /**
   * Antialiased bilinear or bicubic resampling ({@code _upsample_bilinear2d_aa}, {@code
   * _upsample_bicubic2d_aa}): PIL's separable filters (triangle, or cubic with a = -0.5) widened by
   * the scale when downsampling, width first, then height. Weights are computed in the input's
   * precision, as PyTorch computes them, so window bounds fall where its fall.
   */
  public static Tensor antialiased(
      Tensor x, Shape out, String mode, Boolean alignCorners, double[] scales) {
    boolean align = alignCorners != null && alignCorners;
    boolean single = x.dtype() != DType.FLOAT64;
    int[] sizes = CpuOps.sizes(x.shape());
    int[] outSizes = CpuOps.sizes(out);
    double[] v = x.doubles();
    for (int axis = sizes.length - 1; axis >= 2; axis--) {
      Double sf = scales == null ? null : scales[scales.length == 1 ? 0 : axis - 2];
      double scale = aaScale(sizes[axis], outSizes[axis], align, sf, single);
      double[][] w = new double[outSizes[axis]][];
      int[] xmin = new int[outSizes[axis]];
      for (int o = 0; o < w.length; o++) {
        w[o] = aaWeights(o, sizes[axis], scale, mode.equals("bicubic"), single, xmin);
      }
      v = weighted(v, sizes, axis, w, xmin);
      sizes[axis] = outSizes[axis];
    }
    return Tensor.computed(out, x.dtype(), v, x);
  }

  /** PyTorch's {@code area_pixel_compute_scale} in the input's precision. */
  private static double aaScale(int in, int out, boolean align, Double sf, boolean single) {
    double s;
    if (align) {
      s = out > 1 ? (double) (in - 1) / (out - 1) : 0;
    } else {
      s = sf != null && sf > 0 ? 1 / sf : (double) in / out;
    }
    return round(s, single);
  }

  private static double round(double v, boolean single) {
    return single ? (float) v : v;
  }

  /**
   * The normalised filter weights of output {@code o} ({@code _compute_weights_aa}); its first
   * input index goes to {@code xmin[o]}.
   */
  private static double[] aaWeights(
      int o, int in, double scale, boolean cubic, boolean single, int[] xmin) {
    double half = cubic ? 2 : 1;
    double support = scale >= 1 ? round(half * scale, single) : half;
    double center = round(scale * (o + 0.5), single);
    double invscale = scale >= 1 ? round(1 / scale, single) : 1;
    int lo = (int) Math.max((long) (center - support + 0.5), 0);
    int size = (int) (Math.min((long) (center + support + 0.5), in) - lo);
    double[] w = new double[Math.max(size, 0)];
    double total = 0;
    for (int j = 0; j < w.length; j++) {
      double t = round((j + lo - center + 0.5) * invscale, single);
      w[j] = round(cubic ? cubicAa(t) : Math.max(0, 1 - Math.abs(t)), single);
      total = round(total + w[j], single);
    }
    for (int j = 0; j < w.length && total != 0; j++) {
      w[j] = round(w[j] / total, single);
    }
    xmin[o] = lo;
    return w;
  }

  /** PIL's bicubic filter, a = -0.5. */
  private static double cubicAa(double x) {
    double a = -0.5;
    x = Math.abs(x);
    if (x < 1) {
      return ((a + 2) * x - (a + 3)) * x * x + 1;
    }
    if (x < 2) {
      return (((x - 5) * x + 8) * x - 4) * a;
    }
    return 0;
  }

  /** Dim {@code axis} of {@code v} resampled: output o is {@code sum_j w[o][j] v[xmin[o] + j]}. */
  private static double[] weighted(double[] v, int[] sizes, int axis, double[][] w, int[] xmin) {
    int in = sizes[axis];
    int n = w.length;
    int outer = CpuOps.numel(sizes, 0, axis);
    int inner = CpuOps.numel(sizes, axis + 1, sizes.length);
    double[] r = new double[outer * n * inner];
    for (int a = 0; a < outer; a++) {
      for (int o = 0; o < n; o++) {
        int dst = (a * n + o) * inner;
        for (int j = 0; j < w[o].length; j++) {
          int src = (a * in + xmin[o] + j) * inner;
          for (int i = 0; i < inner; i++) {
            r[dst + i] += w[o][j] * v[src + i];
          }
        }
      }
    }
    return r;
  }
}
