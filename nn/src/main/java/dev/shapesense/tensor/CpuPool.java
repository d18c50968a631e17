package dev.shapesense.tensor;

/**
 * CPU kernels of pooling and resampling over the last {@code spatial} dims (handled as three),
 * every leading dim being a plane. Output sizes come from the op's shape rule, which has already
 * applied {@code ceil_mode}; windows are clipped to the input as PyTorch's kernels clip them.
 */
public final class CpuPool {
  private CpuPool() {}

  /** The last {@code spatial} sizes as three, left-filled with 1. */
  static int[] space(Shape s, int spatial) {
    int[] out = {1, 1, 1};
    for (int i = 0; i < spatial; i++) {
      out[3 - spatial + i] = (int) s.get(s.rank() - spatial + i).value();
    }
    return out;
  }

  private static int planes(Shape s, int spatial) {
    int n = 1;
    for (int k = 0; k < s.rank() - spatial; k++) {
      n *= (int) s.get(k).value();
    }
    return n;
  }

  /** Max pooling: values and, per output, the flat index of the max within its input plane. */
  public static Tensor[] maxPool(
      int spatial,
      Tensor x,
      Shape out,
      long[] kernel,
      long[] stride,
      long[] padding,
      long[] dilation) {
    int[] is = space(x.shape(), spatial);
    int[] os = space(out, spatial);
    int[] k = CpuConv.three(kernel, spatial, 1);
    int[] st = CpuConv.three(stride == null || stride.length == 0 ? kernel : stride, spatial, 1);
    int[] pd = CpuConv.three(padding, spatial, 0);
    int[] dl = CpuConv.three(dilation, spatial, 1);
    int planes = planes(x.shape(), spatial);
    int inPlane = is[0] * is[1] * is[2];
    int outPlane = os[0] * os[1] * os[2];
    double[] xs = x.doubles();
    double[] v = new double[planes * outPlane];
    double[] idx = new double[planes * outPlane];
    for (int p = 0; p < planes; p++) {
      for (int od = 0; od < os[0]; od++) {
        for (int oh = 0; oh < os[1]; oh++) {
          for (int ow = 0; ow < os[2]; ow++) {
            double best = Double.NEGATIVE_INFINITY;
            int at = -1;
            for (int kd = 0; kd < k[0]; kd++) {
              int id = od * st[0] - pd[0] + kd * dl[0];
              if (id < 0 || id >= is[0]) {
                continue;
              }
              for (int kh = 0; kh < k[1]; kh++) {
                int ih = oh * st[1] - pd[1] + kh * dl[1];
                if (ih < 0 || ih >= is[1]) {
                  continue;
                }
                for (int kw = 0; kw < k[2]; kw++) {
                  int iw = ow * st[2] - pd[2] + kw * dl[2];
                  if (iw < 0 || iw >= is[2]) {
                    continue;
                  }
                  int flat = (id * is[1] + ih) * is[2] + iw;
                  double val = xs[p * inPlane + flat];
                  if (at < 0 || val > best || Double.isNaN(val)) {
                    best = val;
                    at = flat;
                    if (Double.isNaN(val)) {
                      kd = k[0];
                      kh = k[1];
                      break;
                    }
                  }
                }
              }
            }
            int o = p * outPlane + (od * os[1] + oh) * os[2] + ow;
            v[o] = best;
            idx[o] = at;
          }
        }
      }
    }
    return new Tensor[] {
      Tensor.computed(out, x.dtype(), v, x), Tensor.computed(out, DType.INT64, idx, x)
    };
  }

  /** Average pooling with PyTorch's divisor rules (padding counted or not, an override). */
  public static Tensor avgPool(
      int spatial,
      Tensor x,
      Shape out,
      long[] kernel,
      long[] stride,
      long[] padding,
      boolean countIncludePad,
      Long divisorOverride) {
    int[] is = space(x.shape(), spatial);
    int[] os = space(out, spatial);
    int[] k = CpuConv.three(kernel, spatial, 1);
    int[] st = CpuConv.three(stride == null || stride.length == 0 ? kernel : stride, spatial, 1);
    int[] pd = CpuConv.three(padding, spatial, 0);
    int planes = planes(x.shape(), spatial);
    int inPlane = is[0] * is[1] * is[2];
    int outPlane = os[0] * os[1] * os[2];
    double[] xs = x.doubles();
    double[] v = new double[planes * outPlane];
    for (int p = 0; p < planes; p++) {
      for (int od = 0; od < os[0]; od++) {
        for (int oh = 0; oh < os[1]; oh++) {
          for (int ow = 0; ow < os[2]; ow++) {
            int[] start = {od * st[0] - pd[0], oh * st[1] - pd[1], ow * st[2] - pd[2]};
            int[] end = new int[3];
            int poolSize = 1;
            for (int d = 0; d < 3; d++) {
              end[d] = Math.min(start[d] + k[d], is[d] + pd[d]);
              poolSize *= end[d] - start[d];
            }
            int count = 1;
            for (int d = 0; d < 3; d++) {
              start[d] = Math.max(start[d], 0);
              end[d] = Math.min(end[d], is[d]);
              count *= Math.max(0, end[d] - start[d]);
            }
            double sum = 0;
            for (int id = start[0]; id < end[0]; id++) {
              for (int ih = start[1]; ih < end[1]; ih++) {
                int row = p * inPlane + (id * is[1] + ih) * is[2];
                for (int iw = start[2]; iw < end[2]; iw++) {
                  sum += xs[row + iw];
                }
              }
            }
            double divisor =
                divisorOverride != null ? divisorOverride : countIncludePad ? poolSize : count;
            v[p * outPlane + (od * os[1] + oh) * os[2] + ow] = sum / divisor;
          }
        }
      }
    }
    return Tensor.computed(out, x.dtype(), v, x);
  }

  /**
   * Adaptive pooling: output cell i of a dim of input size n and output size m pools {@code
   * [floor(i n / m), ceil((i + 1) n / m))}. Max pooling also gives indices (second element).
   */
  public static Tensor[] adaptivePool(int spatial, Tensor x, Shape out, boolean max) {
    int[] is = space(x.shape(), spatial);
    int[] os = space(out, spatial);
    int planes = planes(x.shape(), spatial);
    int inPlane = is[0] * is[1] * is[2];
    int outPlane = os[0] * os[1] * os[2];
    double[] xs = x.doubles();
    double[] v = new double[planes * outPlane];
    double[] idx = max ? new double[planes * outPlane] : null;
    for (int p = 0; p < planes; p++) {
      for (int od = 0; od < os[0]; od++) {
        int d0 = Math.floorDiv(od * is[0], os[0]);
        int d1 = -Math.floorDiv(-(od + 1) * is[0], os[0]);
        for (int oh = 0; oh < os[1]; oh++) {
          int h0 = Math.floorDiv(oh * is[1], os[1]);
          int h1 = -Math.floorDiv(-(oh + 1) * is[1], os[1]);
          for (int ow = 0; ow < os[2]; ow++) {
            int w0 = Math.floorDiv(ow * is[2], os[2]);
            int w1 = -Math.floorDiv(-(ow + 1) * is[2], os[2]);
            double acc = max ? Double.NEGATIVE_INFINITY : 0;
            int at = -1;
            for (int id = d0; id < d1; id++) {
              for (int ih = h0; ih < h1; ih++) {
                for (int iw = w0; iw < w1; iw++) {
                  int flat = (id * is[1] + ih) * is[2] + iw;
                  double val = xs[p * inPlane + flat];
                  if (!max) {
                    acc += val;
                  } else if (at < 0 || val > acc || Double.isNaN(val)) {
                    acc = val;
                    at = flat;
                  }
                }
              }
            }
            int o = p * outPlane + (od * os[1] + oh) * os[2] + ow;
            v[o] = max ? acc : acc / ((d1 - d0) * (h1 - h0) * (w1 - w0));
            if (max) {
              idx[o] = at;
            }
          }
        }
      }
    }
    Tensor values = Tensor.computed(out, x.dtype(), v, x);
    return new Tensor[] {values, max ? Tensor.computed(out, DType.INT64, idx, x) : null};
  }
}
