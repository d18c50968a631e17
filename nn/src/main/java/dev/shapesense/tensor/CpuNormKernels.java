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

  /**
   * Rows of {@code weight} picked by the indices, which must lie in {@code [0, rows)} (PyTorch's
   * embedding takes no negative index); with {@code maxNorm}, the picked rows whose {@code
   * normType}-norm exceeds it are first renormed in place, as {@code F.embedding} does.
   */
  public static Tensor embedding(
      Tensor indices, Tensor weight, Shape s, Double maxNorm, double normType) {
    long[] idx = indices.longs();
    int rows = (int) weight.size(0);
    int dim = weight.dim() > 1 ? (int) weight.size(1) : 1;
    for (long i : idx) {
      if (i < 0 || i >= rows) {
        throw new ShapeError("IndexError", "index out of range in self");
      }
    }
    if (maxNorm != null) {
      renorm(weight, idx, maxNorm, normType);
    }
    double[] w = weight.doubles();
    double[] v = new double[idx.length * dim];
    for (int r = 0; r < idx.length; r++) {
      System.arraycopy(w, (int) idx[r] * dim, v, r * dim, dim);
    }
    return Tensor.computed(s, weight.dtype(), v, indices, weight);
  }

  /**
   * {@code torch.embedding_renorm_}: each distinct row named by {@code idx} whose {@code
   * normType}-norm exceeds {@code maxNorm} is scaled in place by {@code maxNorm / (norm + 1e-7)}.
   */
  public static void renorm(Tensor weight, long[] idx, double maxNorm, double normType) {
    int dim = weight.dim() > 1 ? (int) weight.size(1) : 1;
    double[] w = weight.doubles().clone();
    boolean changed = false;
    for (long i : new TreeSet<>(Arrays.stream(idx).boxed().toList())) {
      int base = (int) i * dim;
      double norm = norm(w, base, dim, normType);
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

  /** {@code x[base, base + len).norm(p)}: a count of non-zeros for p = 0, max or min for +-inf. */
  static double norm(double[] x, int base, int len, double p) {
    double acc = p == Double.NEGATIVE_INFINITY ? Double.POSITIVE_INFINITY : 0;
    for (int k = 0; k < len; k++) {
      double a = Math.abs(x[base + k]);
      if (p == 0) {
        acc += a != 0 ? 1 : 0;
      } else if (p == Double.POSITIVE_INFINITY) {
        acc = Math.max(acc, a);
      } else if (p == Double.NEGATIVE_INFINITY) {
        acc = Math.min(acc, a);
      } else {
        acc += Math.pow(a, p);
      }
    }
    boolean plain = p == 0 || Double.isInfinite(p) || p == 1;
    return plain ? acc : Math.pow(acc, 1 / p);
  }

  /**
   * {@code F.embedding_bag} on CPU: bag b reduces the rows named by {@code input[offsets[b],
   * offsets[b + 1])} (the last bag runs to the end unless {@code include_last_offset}); a 2-d input
   * is one bag per row. Entries equal to {@code padding_idx} are skipped; an empty bag gives zeros.
   * Mean divides by PyTorch's bag size (the last bag's counts every index from its offset to the
   * end of the input, as ATen's {@code make_bag_size} does) less the skipped entries, at least 1.
   * With {@code maxNorm} the named rows are renormed in place first.
   */
  public static Tensor embeddingBag(
      Tensor input,
      Tensor weight,
      Tensor offsets,
      Tensor perSampleWeights,
      Shape s,
      dev.shapesense.tensor.rules.EmbeddingBagRules.Options o,
      Double maxNorm,
      double normType) {
    CpuOps.requireData(weight);
    CpuOps.requireData(offsets);
    CpuOps.requireData(perSampleWeights);
    long[] idx = input.longs();
    long[] off = bagOffsets(input, offsets);
    checkOffsets(off, idx.length, offsets == null ? input.dtype() : offsets.dtype());
    checkIndices(idx, weight, o);
    if (maxNorm != null) {
      renorm(weight, idx, maxNorm, normType);
    }
    int bags = (int) s.get(0).value();
    int dim = (int) s.get(1).value();
    double[] w = weight.doubles();
    double[] psw = perSampleWeights == null ? null : perSampleWeights.doubles();
    long pad = o.paddingIdx() == null ? -1 : Math.floorMod(o.paddingIdx(), weight.size(0));
    double[] v = new double[bags * dim];
    for (int b = 0; b < bags; b++) {
      int start = (int) off[b];
      int end = b + 1 < off.length ? (int) off[b + 1] : idx.length;
      long size = (b == bags - 1 ? idx.length : end) - start;
      double[] row = bag(w, dim, idx, start, end, psw, pad, o.mode().equals("max"));
      int used = 0;
      for (int i = start; i < end; i++) {
        used += idx[i] == pad ? 0 : 1;
      }
      double divisor = o.mode().equals("mean") ? Math.max(1, size - (end - start - used)) : 1;
      for (int k = 0; k < dim; k++) {
        v[b * dim + k] = row[k] / divisor;
      }
    }
    return Tensor.computed(s, weight.dtype(), v, input, weight, offsets, perSampleWeights);
  }

  /** The sum (weighted when {@code psw} is given) or max of the rows {@code idx[start, end)}. */
  private static double[] bag(
      double[] w, int dim, long[] idx, int start, int end, double[] psw, long pad, boolean max) {
    double[] acc = new double[dim];
    boolean empty = true;
    for (int i = start; i < end; i++) {
      if (idx[i] == pad) {
        continue;
      }
      int base = (int) idx[i] * dim;
      for (int k = 0; k < dim; k++) {
        double e = w[base + k];
        if (!max) {
          acc[k] += psw == null ? e : psw[i] * e;
        } else if (empty || e > acc[k]) {
          acc[k] = e;
        }
      }
      empty = false;
    }
    return acc;
  }

  /** The bag starts: {@code offsets}, or every row start of a 2-d input. */
  private static long[] bagOffsets(Tensor input, Tensor offsets) {
    if (input.dim() != 2) {
      return offsets.longs();
    }
    long[] off = new long[(int) input.size(0)];
    for (int b = 0; b < off.length; b++) {
      off[b] = b * input.size(1);
    }
    return off;
  }

  /**
   * ATen's checks of the offsets' values: the first is 0 and the last at most the input's length.
   * Decreasing offsets make PyTorch read out of bounds; here they are an error.
   */
  private static void checkOffsets(long[] off, int n, DType dtype) {
    if (off.length == 0) {
      return;
    }
    String type = dtype == DType.INT32 ? "IntTensor" : "LongTensor";
    Checks.check(
        off[0] == 0,
        () ->
            "offsets[0] has to be 0, i.e., the first sequence in the mini-batch has to start from"
                + " position 0. However, got "
                + off[0]
                + "\n[ torch."
                + type
                + "{} ]");
    long last = off[off.length - 1];
    Checks.check(
        last <= n,
        () ->
            "offsets[-1] can not be greater than input's length "
                + n
                + " but got offsets[-1] of "
                + last);
    for (int b = 0; b + 1 < off.length; b++) {
      int at = b;
      Checks.check(
          off[b] <= off[b + 1],
          () ->
              "embedding_bag: offsets must be non-decreasing, but offsets["
                  + at
                  + "] = "
                  + off[at]
                  + " > offsets["
                  + (at + 1)
                  + "] = "
                  + off[at + 1]);
    }
  }

  /**
   * Every index must name a row. PyTorch's float32 sum and mean without padding_idx run FBGEMM,
   * whose message gives the index's position; the other paths give ATen's.
   */
  private static void checkIndices(
      long[] idx, Tensor weight, dev.shapesense.tensor.rules.EmbeddingBagRules.Options o) {
    long rows = weight.size(0);
    boolean fbgemm =
        weight.dtype() == DType.FLOAT32 && !o.mode().equals("max") && o.paddingIdx() == null;
    for (int i = 0; i < idx.length; i++) {
      long e = idx[i];
      if (e >= 0 && e < rows) {
        continue;
      }
      throw new ShapeError(
          fbgemm
              ? "[enforce fail at embedding_lookup_idx.cc:214] 0 <= idx && idx < data_size. Index "
                  + i
                  + " is out of bounds: "
                  + e
                  + ", range 0 to "
                  + rows
              : "embedding_bag: Expected idx >= 0 && idx < num_embeddings but found idx to be "
                  + e);
    }
  }

  /**
   * Dropout on CPU: identity when not training or {@code p == 0}; otherwise each group of {@code
   * inner} consecutive elements (1 for plain dropout, a channel's spatial extent for feature
   * dropout) is zeroed with probability p, the rest scaled by 1 / (1 - p).
   */
  public static Tensor dropout(Tensor input, Shape s, double p, boolean train, int inner) {
    if (!train || p == 0) {
      return input.contiguous();
    }
    double[] x = input.doubles();
    int groups = inner == 0 ? 0 : x.length / inner;
    double[] keep = p >= 1 ? new double[groups] : Generator.bernoulli(groups, 1 - p);
    double scale = p >= 1 ? 0 : 1 / (1 - p);
    double[] v = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      v[i] = x[i] * keep[i / inner] * scale;
    }
    return Tensor.computed(s, input.dtype(), v, input);
  }
}
