package dev.shapesense.tensor;

/**
 * CPU kernels of convolutions and padding. Spatial dims are handled as three (1-d and 2-d ops get
 * leading size-1 dims), the output sizes come from the op's shape rule, and an input without a
 * batch dim is a batch of one. The inner loop runs over the output row's valid range, so the hot
 * path has no bounds test.
 */
public final class CpuConv {
  private CpuConv() {}

  /** {@code values} (one, or one per spatial dim) as three, left-filled with {@code fill}. */
  static int[] three(long[] values, int spatial, int fill) {
    int[] out = {fill, fill, fill};
    for (int i = 0; i < spatial; i++) {
      long v = values == null || values.length == 0 ? fill : values[values.length == 1 ? 0 : i];
      out[3 - spatial + i] = (int) v;
    }
    return out;
  }

  /** The last {@code spatial} sizes of {@code s} as three, left-filled with 1. */
  private static int[] space(Shape s, int spatial) {
    int[] out = {1, 1, 1};
    for (int i = 0; i < spatial; i++) {
      out[3 - spatial + i] = (int) s.get(s.rank() - spatial + i).value();
    }
    return out;
  }

  /** The left padding of {@code padding='same'}: half of {@code dilation * (kernel - 1)}. */
  public static long[] samePadding(Shape weight, int spatial, long[] dilation) {
    long[] pad = new long[spatial];
    int[] dil = three(dilation, spatial, 1);
    for (int i = 0; i < spatial; i++) {
      long k = weight.get(weight.rank() - spatial + i).value();
      pad[i] = dil[3 - spatial + i] * (k - 1) / 2;
    }
    return pad;
  }

  /** {@code conv1d/2d/3d}: {@code padding} is the left padding of each spatial dim. */
  public static Tensor conv(
      int spatial, Tensor x, Tensor w, Tensor bias, Shape out, long[] stride, long[] padding,
      long[] dilation, long groups) {
    int[] is = space(x.shape(), spatial);
    int[] os = space(out, spatial);
    int[] ks = space(w.shape(), spatial);
    int[] st = three(stride, spatial, 1);
    int[] pd = three(padding, spatial, 0);
    int[] dl = three(dilation, spatial, 1);
    boolean batched = x.dim() == spatial + 2;
    int n = batched ? (int) x.size(0) : 1;
    int cin = (int) x.size(batched ? 1 : 0);
    int cout = (int) w.size(0);
    int g = (int) groups;
    int cinG = cin / g;
    int coutG = cout / g;
    int inPlane = is[0] * is[1] * is[2];
    int outPlane = os[0] * os[1] * os[2];
    int kVol = ks[0] * ks[1] * ks[2];
    double[] xs = x.doubles();
    double[] ws = w.doubles();
    double[] bs = bias == null ? null : bias.doubles();
    double[] v = new double[n * cout * outPlane];
    // Valid output-column ranges per kernel column: ow*st - pd + kw*dl in [0, W).
    int[] lo = new int[ks[2]];
    int[] hi = new int[ks[2]];
    for (int kw = 0; kw < ks[2]; kw++) {
      int off = kw * dl[2] - pd[2];
      lo[kw] = Math.max(0, ceilDiv(-off, st[2]));
      hi[kw] = Math.min(os[2], floorDiv(is[2] - 1 - off, st[2]) + 1);
    }
    for (int b = 0; b < n; b++) {
      for (int oc = 0; oc < cout; oc++) {
        int grp = oc / coutG;
        int outBase = (b * cout + oc) * outPlane;
        if (bs != null) {
          java.util.Arrays.fill(v, outBase, outBase + outPlane, bs[oc]);
        }
        for (int icg = 0; icg < cinG; icg++) {
          int ic = grp * cinG + icg;
          int inBase = (b * cin + ic) * inPlane;
          int wBase = (oc * cinG + icg) * kVol;
          for (int kd = 0; kd < ks[0]; kd++) {
            for (int kh = 0; kh < ks[1]; kh++) {
              for (int kw = 0; kw < ks[2]; kw++) {
                double wv = ws[wBase + (kd * ks[1] + kh) * ks[2] + kw];
                if (wv == 0) {
                  continue;
                }
                int colOff = kw * dl[2] - pd[2];
                for (int od = 0; od < os[0]; od++) {
                  int id = od * st[0] - pd[0] + kd * dl[0];
                  if (id < 0 || id >= is[0]) {
                    continue;
                  }
                  for (int oh = 0; oh < os[1]; oh++) {
                    int ih = oh * st[1] - pd[1] + kh * dl[1];
                    if (ih < 0 || ih >= is[1]) {
                      continue;
                    }
                    int inRow = inBase + (id * is[1] + ih) * is[2] + colOff;
                    int outRow = outBase + (od * os[1] + oh) * os[2];
                    int s2 = st[2];
                    for (int ow = lo[kw]; ow < hi[kw]; ow++) {
                      v[outRow + ow] += wv * xs[inRow + ow * s2];
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    return Tensor.computed(out, x.dtype(), v, x, w, bias);
  }

  /** {@code conv_transpose1d/2d/3d}: the gradient of conv scattered from each input element. */
  public static Tensor convTranspose(
      int spatial, Tensor x, Tensor w, Tensor bias, Shape out, long[] stride, long[] padding,
      long[] dilation, long groups) {
    int[] is = space(x.shape(), spatial);
    int[] os = space(out, spatial);
    int[] ks = space(w.shape(), spatial);
    int[] st = three(stride, spatial, 1);
    int[] pd = three(padding, spatial, 0);
    int[] dl = three(dilation, spatial, 1);
    boolean batched = x.dim() == spatial + 2;
    int n = batched ? (int) x.size(0) : 1;
    int cin = (int) x.size(batched ? 1 : 0);
    int g = (int) groups;
    int coutG = (int) w.size(1);
    int cout = coutG * g;
    int cinG = cin / g;
    int inPlane = is[0] * is[1] * is[2];
    int outPlane = os[0] * os[1] * os[2];
    int kVol = ks[0] * ks[1] * ks[2];
    double[] xs = x.doubles();
    double[] ws = w.doubles();
    double[] bs = bias == null ? null : bias.doubles();
    double[] v = new double[n * cout * outPlane];
    for (int b = 0; b < n; b++) {
      if (bs != null) {
        for (int oc = 0; oc < cout; oc++) {
          int base = (b * cout + oc) * outPlane;
          java.util.Arrays.fill(v, base, base + outPlane, bs[oc]);
        }
      }
      for (int ic = 0; ic < cin; ic++) {
        int grp = ic / cinG;
        int inBase = (b * cin + ic) * inPlane;
        for (int ocg = 0; ocg < coutG; ocg++) {
          int oc = grp * coutG + ocg;
          int outBase = (b * cout + oc) * outPlane;
          int wBase = (ic * coutG + ocg) * kVol;
          for (int id = 0; id < is[0]; id++) {
            for (int ih = 0; ih < is[1]; ih++) {
              for (int iw = 0; iw < is[2]; iw++) {
                double xv = xs[inBase + (id * is[1] + ih) * is[2] + iw];
                if (xv == 0) {
                  continue;
                }
                for (int kd = 0; kd < ks[0]; kd++) {
                  int od = id * st[0] - pd[0] + kd * dl[0];
                  if (od < 0 || od >= os[0]) {
                    continue;
                  }
                  for (int kh = 0; kh < ks[1]; kh++) {
                    int oh = ih * st[1] - pd[1] + kh * dl[1];
                    if (oh < 0 || oh >= os[1]) {
                      continue;
                    }
                    for (int kw = 0; kw < ks[2]; kw++) {
                      int ow = iw * st[2] - pd[2] + kw * dl[2];
                      if (ow < 0 || ow >= os[2]) {
                        continue;
                      }
                      v[outBase + (od * os[1] + oh) * os[2] + ow] +=
                          xv * ws[wBase + (kd * ks[1] + kh) * ks[2] + kw];
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    return Tensor.computed(out, x.dtype(), v, x, w, bias);
  }

  /**
   * {@code F.pad}: {@code pad} holds (left, right) pairs from the last dim backwards; modes
   * constant (negative pads crop), reflect, replicate, circular.
   */
  public static Tensor pad(Tensor x, Shape out, long[] pad, String mode, double value) {
    int rank = x.dim();
    int[] is = CpuOps.sizes(x.shape());
    int[] os = CpuOps.sizes(out);
    int[][] src = new int[rank][];
    for (int d = 0; d < rank; d++) {
      int pair = rank - 1 - d;
      int left = 2 * pair < pad.length ? (int) pad[2 * pair] : 0;
      src[d] = new int[os[d]];
      for (int o = 0; o < os[d]; o++) {
        int i = o - left;
        int n = is[d];
        src[d][o] =
            switch (mode) {
              case "reflect" -> reflect(i, n);
              case "replicate" -> Math.min(Math.max(i, 0), n - 1);
              case "circular" -> Math.floorMod(i, n);
              default -> i >= 0 && i < n ? i : -1;
            };
      }
    }
    int[] ist = CpuOps.strides(is);
    int total = CpuOps.numel(os);
    double[] xs = x.doubles();
    double[] v = new double[total];
    int[] idx = new int[rank];
    for (int k = 0; k < total; k++) {
      int pos = 0;
      boolean fill = false;
      for (int d = 0; d < rank; d++) {
        int s = src[d][idx[d]];
        if (s < 0) {
          fill = true;
          break;
        }
        pos += s * ist[d];
      }
      v[k] = fill ? value : xs[pos];
      for (int d = rank - 1; d >= 0; d--) {
        if (++idx[d] < os[d]) {
          break;
        }
        idx[d] = 0;
      }
    }
    return Tensor.computed(out, x.dtype(), v, x);
  }

  private static int reflect(int i, int n) {
    if (n == 1) {
      return 0;
    }
    int period = 2 * (n - 1);
    int m = Math.floorMod(i, period);
    return m < n ? m : period - m;
  }

  static int ceilDiv(int a, int b) {
    return -Math.floorDiv(-a, b);
  }

  static int floorDiv(int a, int b) {
    return Math.floorDiv(a, b);
  }
}
