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
    int outer = 1;
    for (int k = 0; k < axis; k++) {
      outer *= sizes[k];
    }
    int inner = 1;
    for (int k = axis + 1; k < sizes.length; k++) {
      inner *= sizes[k];
    }
    int taps = mode.equals("bicubic") ? 4 : mode.endsWith("linear") ? 2 : 1;
    int[][] idx = new int[n][taps];
    double[][] w = new double[n][taps];
    double scale = sf != null && sf > 0 ? 1 / sf : (double) in / n;
    for (int o = 0; o < n; o++) {
      switch (mode) {
        case "nearest" -> {
          idx[o][0] = Math.min((int) Math.floor(o * (sf != null ? 1 / sf : (double) in / n)), in - 1);
          w[o][0] = 1;
        }
        case "nearest-exact" -> {
          idx[o][0] =
              Math.min((int) Math.floor((o + 0.5) * (sf != null ? 1 / sf : (double) in / n)), in - 1);
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
  private static double source(int dst, int in, int out, double scale, boolean align, boolean cubic) {
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
}
