package dev.shapesense.nn;

import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Generator;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.Tensor;

/**
 * CPU kernels of dropout, normalisation and embedding. Each fills the shape its rule returned (the
 * caller passes it); statistics are computed in double with the biased variance, as PyTorch
 * normalises, and running statistics are updated in place with the unbiased one.
 */
final class CpuNorm {
  private CpuNorm() {}

  /** Alpha dropout (SELU-preserving), in groups of {@code inner} elements as above. */
  static Tensor alphaDropout(Tensor input, Shape s, double p, boolean training, int inner) {
    if (!training || p == 0) {
      return input.contiguous();
    }
    double alpha = 1.7580993408473766;
    double[] x = input.doubles();
    int groups = inner == 0 ? 0 : x.length / inner;
    double[] keep = p >= 1 ? new double[groups] : Generator.bernoulli(groups, 1 - p);
    double a = 1 / Math.sqrt((alpha * alpha * p + 1) * (1 - p));
    double[] v = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double m = keep[i / inner];
      double b = (m - 1) * alpha * a + alpha * a * p;
      v[i] = x[i] * m * a + b;
    }
    return Tensor.computed(s, input.dtype(), v, input);
  }

  /** The number of elements per (sample, channel) of a {@code [N, C, *]} input. */
  static int spatial(Tensor input) {
    int n = 1;
    for (int k = 2; k < input.dim(); k++) {
      n *= (int) input.size(k);
    }
    return n;
  }

  /** A norm's running statistics and affine parameters (any may be null), momentum and eps. */
  record Params(
      Tensor runningMean,
      Tensor runningVar,
      Tensor weight,
      Tensor bias,
      double momentum,
      double eps) {}

  /**
   * Batch norm over dim 1: batch statistics when {@code training} (updating the running ones when
   * given), else the running ones.
   */
  static Tensor batchNorm(Tensor input, Shape s, Params p, boolean training) {
    double[] x = input.doubles();
    int n = (int) input.size(0);
    int c = input.dim() > 1 ? (int) input.size(1) : 1;
    int inner = spatial(input);
    double[] mean = new double[c];
    double[] var = new double[c];
    if (training) {
      int count = n * inner;
      for (int b = 0; b < n; b++) {
        for (int ch = 0; ch < c; ch++) {
          int base = (b * c + ch) * inner;
          for (int i = 0; i < inner; i++) {
            mean[ch] += x[base + i];
          }
        }
      }
      for (int ch = 0; ch < c; ch++) {
        mean[ch] /= count;
      }
      for (int b = 0; b < n; b++) {
        for (int ch = 0; ch < c; ch++) {
          int base = (b * c + ch) * inner;
          for (int i = 0; i < inner; i++) {
            double d = x[base + i] - mean[ch];
            var[ch] += d * d;
          }
        }
      }
      double[] unbiased = new double[c];
      for (int ch = 0; ch < c; ch++) {
        unbiased[ch] = count > 1 ? var[ch] / (count - 1) : Double.NaN;
        var[ch] /= count;
      }
      if (p.runningMean() != null) {
        updateRunning(p.runningMean(), mean, p.momentum());
      }
      if (p.runningVar() != null) {
        updateRunning(p.runningVar(), unbiased, p.momentum());
      }
    } else {
      System.arraycopy(p.runningMean().doubles(), 0, mean, 0, c);
      System.arraycopy(p.runningVar().doubles(), 0, var, 0, c);
    }
    return affine(input, s, x, n, c, inner, mean, var, p.weight(), p.bias(), p.eps());
  }

  private static void updateRunning(Tensor running, double[] batch, double momentum) {
    double[] old = running.doubles();
    double[] v = new double[old.length];
    for (int i = 0; i < v.length; i++) {
      v[i] = (1 - momentum) * old[i] + momentum * batch[i];
    }
    running.copy_(Tensor.computed(running.shape(), DType.FLOAT64, v));
  }

  /** {@code (x - mean[c]) / sqrt(var[c] + eps) * weight[c] + bias[c]} per channel. */
  private static Tensor affine(
      Tensor input,
      Shape s,
      double[] x,
      int n,
      int c,
      int inner,
      double[] mean,
      double[] var,
      Tensor weight,
      Tensor bias,
      double eps) {
    double[] w = weight == null ? null : weight.doubles();
    double[] b = bias == null ? null : bias.doubles();
    double[] v = new double[x.length];
    for (int bi = 0; bi < n; bi++) {
      for (int ch = 0; ch < c; ch++) {
        double inv = 1 / Math.sqrt(var[ch] + eps);
        double scale = inv * (w == null ? 1 : w[ch]);
        double shift = (b == null ? 0 : b[ch]) - mean[ch] * scale;
        int base = (bi * c + ch) * inner;
        for (int i = 0; i < inner; i++) {
          v[base + i] = x[base + i] * scale + shift;
        }
      }
    }
    return Tensor.computed(s, input.dtype(), v, input, weight, bias);
  }

  /** Instance norm of a batched {@code [N, C, *]} input. */
  static Tensor instanceNorm(Tensor input, Shape s, Params p, boolean useInputStats) {
    int n = (int) input.size(0);
    int c = (int) input.size(1);
    if (!useInputStats) {
      return batchNorm(input, s, p, false);
    }
    double[] x = input.doubles();
    int inner = spatial(input);
    double[] v = new double[x.length];
    double[] w = p.weight() == null ? null : p.weight().doubles();
    double[] b = p.bias() == null ? null : p.bias().doubles();
    double[] meanSum = new double[c];
    double[] varSum = new double[c];
    for (int bi = 0; bi < n; bi++) {
      for (int ch = 0; ch < c; ch++) {
        int base = (bi * c + ch) * inner;
        double[] mv = dev.shapesense.tensor.CpuNormKernels.moments(x, base, inner);
        meanSum[ch] += mv[0];
        varSum[ch] += inner > 1 ? mv[1] * inner / (inner - 1) : Double.NaN;
        double inv = 1 / Math.sqrt(mv[1] + p.eps());
        double scale = inv * (w == null ? 1 : w[ch]);
        double shift = (b == null ? 0 : b[ch]) - mv[0] * scale;
        for (int i = 0; i < inner; i++) {
          v[base + i] = x[base + i] * scale + shift;
        }
      }
    }
    if (p.runningMean() != null) {
      for (int ch = 0; ch < c; ch++) {
        meanSum[ch] /= n;
        varSum[ch] /= n;
      }
      updateRunning(p.runningMean(), meanSum, p.momentum());
      updateRunning(p.runningVar(), varSum, p.momentum());
    }
    return Tensor.computed(s, input.dtype(), v, input, p.weight(), p.bias());
  }

  /**
   * Local response norm as {@code F.local_response_norm} computes it: the average of {@code x^2}
   * over the channels {@code [c - size / 2, c + (size - 1) / 2]} (zeros past the ends, always
   * divided by {@code size}; integral inputs average with integer division, as avg_pool does for
   * them), then {@code x / (k + alpha * avg) ^ beta}.
   */
  static Tensor localResponseNorm(
      Tensor input, Shape s, DType d, long size, double alpha, double beta, double k) {
    double[] x = input.doubles();
    int n = (int) input.size(0);
    int c = (int) input.size(1);
    int inner = spatial(input);
    boolean integral = !input.dtype().isFloatingPoint();
    double[] v = new double[x.length];
    for (int b = 0; b < n; b++) {
      for (int ch = 0; ch < c; ch++) {
        int lo = (int) Math.max(0, ch - size / 2);
        int hi = (int) Math.min(c - 1, ch + (size - 1) / 2);
        for (int i = 0; i < inner; i++) {
          double sum = 0;
          for (int j = lo; j <= hi; j++) {
            double e = x[(b * c + j) * inner + i];
            sum += e * e;
          }
          double avg = integral ? Math.floor(sum / size) : sum / size;
          int at = (b * c + ch) * inner + i;
          v[at] = x[at] / Math.pow(avg * alpha + k, beta);
        }
      }
    }
    return Tensor.computed(s, d, v, input);
  }
}
