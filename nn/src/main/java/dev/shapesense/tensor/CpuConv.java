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

  /**
   * What the convolution kernels read of their arguments: the input's, output's and kernel's
   * spatial sizes, stride, left padding and dilation, each as three dims (leading ones 1), the
   * batch (1 unbatched) and the input's channels.
   */
  private static final class Geometry {
    final int[] is;
    final int[] os;
    final int[] ks;
    final int[] st;
    final int[] pd;
    final int[] dl;
    final int n;
    final int cin;
    final int inPlane;
    final int outPlane;
    final int kVol;

    Geometry(
        int spatial,
        Tensor x,
        Tensor w,
        Shape out,
        long[] stride,
        long[] padding,
        long[] dilation) {
      is = space(x.shape(), spatial);
      os = space(out, spatial);
      ks = space(w.shape(), spatial);
      st = three(stride, spatial, 1);
      pd = three(padding, spatial, 0);
      dl = three(dilation, spatial, 1);
      boolean batched = x.dim() == spatial + 2;
      n = batched ? (int) x.size(0) : 1;
      cin = (int) x.size(batched ? 1 : 0);
      inPlane = is[0] * is[1] * is[2];
      outPlane = os[0] * os[1] * os[2];
      kVol = ks[0] * ks[1] * ks[2];
    }

    /** The output's values before accumulation: each channel's bias, or zeros without one. */
    double[] biasFilled(Tensor bias, int cout) {
      double[] v = new double[n * cout * outPlane];
      if (bias != null) {
        double[] bs = bias.doubles();
        for (int b = 0; b < n; b++) {
          for (int oc = 0; oc < cout; oc++) {
            int base = (b * cout + oc) * outPlane;
            java.util.Arrays.fill(v, base, base + outPlane, bs[oc]);
          }
        }
      }
      return v;
    }
  }

  /** {@code conv1d/2d/3d}: {@code padding} is the left padding of each spatial dim. */
  public static Tensor conv(
      int spatial,
      Tensor x,
      Tensor w,
      Tensor bias,
      Shape out,
      long[] stride,
      long[] padding,
      long[] dilation,
      long groups) {
    Geometry geo = new Geometry(spatial, x, w, out, stride, padding, dilation);
    int cout = (int) w.size(0);
    int g = (int) groups;
    int cinG = geo.cin / g;
    int coutG = cout / g;
    double[] xs = x.doubles();
    double[] ws = w.doubles();
    double[] v = geo.biasFilled(bias, cout);
    // Valid output-column ranges per kernel column: ow*st - pd + kw*dl in [0, W).
    int[] lo = new int[geo.ks[2]];
    int[] hi = new int[geo.ks[2]];
    for (int kw = 0; kw < geo.ks[2]; kw++) {
      int off = kw * geo.dl[2] - geo.pd[2];
      lo[kw] = Math.max(0, ceilDiv(-off, geo.st[2]));
      hi[kw] = Math.min(geo.os[2], floorDiv(geo.is[2] - 1 - off, geo.st[2]) + 1);
    }
    for (int b = 0; b < geo.n; b++) {
      for (int oc = 0; oc < cout; oc++) {
        int grp = oc / coutG;
        int outBase = (b * cout + oc) * geo.outPlane;
        for (int icg = 0; icg < cinG; icg++) {
          int ic = grp * cinG + icg;
          int inBase = (b * geo.cin + ic) * geo.inPlane;
          int wBase = (oc * cinG + icg) * geo.kVol;
          for (int kd = 0; kd < geo.ks[0]; kd++) {
            for (int kh = 0; kh < geo.ks[1]; kh++) {
              for (int kw = 0; kw < geo.ks[2]; kw++) {
                double wv = ws[wBase + (kd * geo.ks[1] + kh) * geo.ks[2] + kw];
                if (wv == 0) {
                  continue;
                }
                int colOff = kw * geo.dl[2] - geo.pd[2];
                for (int od = 0; od < geo.os[0]; od++) {
                  int id = od * geo.st[0] - geo.pd[0] + kd * geo.dl[0];
                  if (id < 0 || id >= geo.is[0]) {
                    continue;
                  }
                  for (int oh = 0; oh < geo.os[1]; oh++) {
                    int ih = oh * geo.st[1] - geo.pd[1] + kh * geo.dl[1];
                    if (ih < 0 || ih >= geo.is[1]) {
                      continue;
                    }
                    int inRow = inBase + (id * geo.is[1] + ih) * geo.is[2] + colOff;
                    int outRow = outBase + (od * geo.os[1] + oh) * geo.os[2];
                    int s2 = geo.st[2];
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
      int spatial,
      Tensor x,
      Tensor w,
      Tensor bias,
      Shape out,
      long[] stride,
      long[] padding,
      long[] dilation,
      long groups) {
    Geometry geo = new Geometry(spatial, x, w, out, stride, padding, dilation);
    int g = (int) groups;
    int coutG = (int) w.size(1);
    int cout = coutG * g;
    int cinG = geo.cin / g;
    double[] xs = x.doubles();
    double[] ws = w.doubles();
    double[] v = geo.biasFilled(bias, cout);
    for (int b = 0; b < geo.n; b++) {
      for (int ic = 0; ic < geo.cin; ic++) {
        int grp = ic / cinG;
        int inBase = (b * geo.cin + ic) * geo.inPlane;
        for (int ocg = 0; ocg < coutG; ocg++) {
          int oc = grp * coutG + ocg;
          int outBase = (b * cout + oc) * geo.outPlane;
          int wBase = (ic * coutG + ocg) * geo.kVol;
          for (int id = 0; id < geo.is[0]; id++) {
            for (int ih = 0; ih < geo.is[1]; ih++) {
              for (int iw = 0; iw < geo.is[2]; iw++) {
                double xv = xs[inBase + (id * geo.is[1] + ih) * geo.is[2] + iw];
                if (xv == 0) {
                  continue;
                }
                for (int kd = 0; kd < geo.ks[0]; kd++) {
                  int od = id * geo.st[0] - geo.pd[0] + kd * geo.dl[0];
                  if (od < 0 || od >= geo.os[0]) {
                    continue;
                  }
                  for (int kh = 0; kh < geo.ks[1]; kh++) {
                    int oh = ih * geo.st[1] - geo.pd[1] + kh * geo.dl[1];
                    if (oh < 0 || oh >= geo.os[1]) {
                      continue;
                    }
                    for (int kw = 0; kw < geo.ks[2]; kw++) {
                      int ow = iw * geo.st[2] - geo.pd[2] + kw * geo.dl[2];
                      if (ow < 0 || ow >= geo.os[2]) {
                        continue;
                      }
                      v[outBase + (od * geo.os[1] + oh) * geo.os[2] + ow] +=
                          xv * ws[wBase + (kd * geo.ks[1] + kh) * geo.ks[2] + kw];
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
