package dev.shapesense.tensor;

import java.util.Arrays;
import java.util.TreeSet;

/**
 * CPU kernels of layer norm, group norm and embedding lookup, shared by {@code Tensors}' functional
 * forms and the nn layers. Each fills the shape its rule returned; statistics are in double with
 * the biased variance, as PyTorch normalises.
 */
public final class CpuNormKernels {
  private CpuNormKernels() {}

  private static int spatial(Tensor input) {
    int n = 1;
    for (int k = 2; k < input.dim(); k++) {
      n *= (int) input.size(k);
    }
    return n;
  }

  /** Mean and biased variance of {@code x[base, base + len)}. */
  public static double[] moments(double[] x, int base, int len) {
    double mean = 0;
    for (int i = 0; i < len; i++) {
      mean += x[base + i];
    }
    mean /= len;
    double var = 0;
    for (int i = 0; i < len; i++) {
      double d = x[base + i] - mean;
      var += d * d;
    }
    return new double[] {mean, var / len};
  }

  /** Layer norm over the last {@code normalized} elements of each row. */
  public static Tensor layerNorm(
      Tensor input, Shape s, int normalized, Tensor weight, Tensor bias, double eps, DType d) {
    double[] x = input.doubles();
    double[] w = weight == null ? null : weight.doubles();
    double[] b = bias == null ? null : bias.doubles();
    double[] v = new double[x.length];
    int rows = normalized == 0 ? 0 : x.length / normalized;
    for (int r = 0; r < rows; r++) {
      int base = r * normalized;
      double[] mv = moments(x, base, normalized);
      double inv = 1 / Math.sqrt(mv[1] + eps);
      for (int i = 0; i < normalized; i++) {
        double y = (x[base + i] - mv[0]) * inv;
        v[base + i] = y * (w == null ? 1 : w[i]) + (b == null ? 0 : b[i]);
      }
    }
    return Tensor.computed(s, d, v, input, weight, bias);
  }

  /** Group norm: each sample's channels in {@code groups} groups, normalised together. */
  public static Tensor groupNorm(
      Tensor input, Shape s, int groups, Tensor weight, Tensor bias, double eps, DType d) {
    double[] x = input.doubles();
    int n = (int) input.size(0);
    int c = (int) input.size(1);
    int inner = spatial(input);
    int perGroup = c / groups * inner;
    double[] w = weight == null ? null : weight.doubles();
    double[] b = bias == null ? null : bias.doubles();
    double[] v = new double[x.length];
    for (int bi = 0; bi < n; bi++) {
      for (int g = 0; g < groups; g++) {
        int base = (bi * groups + g) * perGroup;
        double[] mv = moments(x, base, perGroup);
        double inv = 1 / Math.sqrt(mv[1] + eps);
        for (int i = 0; i < perGroup; i++) {
          int ch = g * (c / groups) + i / inner;
          double y = (x[base + i] - mv[0]) * inv;
          v[base + i] = y * (w == null ? 1 : w[ch]) + (b == null ? 0 : b[ch]);
        }
      }
    }
    return Tensor.computed(s, d, v, input, weight, bias);
  }

  /** Rows of {@code weight} picked by the int64 indices; rows past max_norm are renormed first. */
  public static Tensor embedding(Tensor indices, Tensor weight, Shape s, Double maxNorm) {
    long[] idx = indices.longs();
    int rows = (int) weight.size(0);
    int dim = weight.dim() > 1 ? (int) weight.size(1) : 1;
    for (long i : idx) {
      if (i < -rows || i >= rows) {
        throw new ShapeError("IndexError", "index out of range in self");
      }
    }
    if (maxNorm != null) {
      renorm(weight, idx, dim, maxNorm);
    }
    double[] w = weight.doubles();
    double[] v = new double[idx.length * dim];
    for (int r = 0; r < idx.length; r++) {
      int row = (int) (idx[r] < 0 ? idx[r] + rows : idx[r]);
      System.arraycopy(w, row * dim, v, r * dim, dim);
    }
    return Tensor.computed(s, weight.dtype(), v, indices, weight);
  }

  private static void renorm(Tensor weight, long[] idx, int dim, double maxNorm) {
    double[] w = weight.doubles().clone();
    boolean changed = false;
    for (long i : new TreeSet<>(Arrays.stream(idx).boxed().toList())) {
      int base = (int) i * dim;
      double norm = 0;
      for (int k = 0; k < dim; k++) {
        norm += w[base + k] * w[base + k];
      }
      norm = Math.sqrt(norm);
      if (norm > maxNorm) {
        double scale = maxNorm / (norm + 1e-7);
        for (int k = 0; k < dim; k++) {
          w[base + k] *= scale;
        }
        changed = true;
      }
    }
    if (changed) {
      weight.copy_(Tensor.computed(weight.shape(), DType.FLOAT64, w));
    }
  }
}
