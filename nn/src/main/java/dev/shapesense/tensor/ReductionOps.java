package dev.shapesense.tensor;

import dev.shapesense.tensor.rules.ReductionRules;

/**
 * Tensor-level reductions: shapes from {@link ReductionRules#reduce}; {@code dims} null or empty
 * reduces every dim.
 */
final class ReductionOps {
  private ReductionOps() {}

  /** How a reduction combines the elements of one output position. */
  private enum Kind {
    SUM,
    MEAN,
    PROD,
    MAX,
    MIN,
    ARGMAX,
    ARGMIN,
    VAR,
    NORM,
    LOGSUMEXP,
    ALL,
    ANY
  }

  static Tensor sum(Tensor a, int[] dims, boolean keepdim, DType dtype) {
    Shape s = ReductionRules.reduce(a.shape(), dims, keepdim);
    return out(Kind.SUM, s, ReductionRules.sumType(a.dtype(), dtype), a, dims);
  }

  static Tensor mean(Tensor a, int[] dims, boolean keepdim, DType dtype) {
    DType out = ReductionRules.meanType("mean", a.dtype(), dtype);
    Shape s = ReductionRules.reduce(a.shape(), dims, keepdim);
    return out(Kind.MEAN, s, out, a, dims);
  }

  static Tensor prod(Tensor a, Integer dim, boolean keepdim, DType dtype) {
    int[] dims = dim == null ? null : new int[] {dim};
    Shape s = ReductionRules.reduce(a.shape(), dims, keepdim);
    return out(Kind.PROD, s, ReductionRules.sumType(a.dtype(), dtype), a, dims);
  }

  /** {@code amax}/{@code amin}: the reduced dims must be non-empty. */
  static Tensor extreme(String op, Tensor a, int[] dims, boolean keepdim) {
    Shape s = ReductionRules.reduceNonEmpty(op, a.shape(), dims, keepdim);
    return out(op.equals("amax") ? Kind.MAX : Kind.MIN, s, a.dtype(), a, dims);
  }

  /** {@code max()}/{@code min()} over everything: a 0-d tensor. */
  static Tensor extremeAll(String op, Tensor a) {
    Shape s = ReductionRules.reduceNonEmpty(op, a.shape(), (Integer) null, false);
    return out(op.equals("max") ? Kind.MAX : Kind.MIN, s, a.dtype(), a, null);
  }

  /** {@code max(dim)}/{@code min(dim)}: values and int64 indices. */
  static ValuesIndices extremeDim(String op, Tensor a, int dim, boolean keepdim) {
    Shape s = ReductionRules.reduceNonEmpty(op, a.shape(), dim, keepdim);
    boolean max = op.equals("max");
    int[] dims = {dim};
    Tensor values = out(max ? Kind.MAX : Kind.MIN, s, a.dtype(), a, dims);
    return new ValuesIndices(values, out(max ? Kind.ARGMAX : Kind.ARGMIN, s, DType.INT64, a, dims));
  }

  /** {@code argmax}/{@code argmin}: int64 indices; a null dim flattens first. */
  static Tensor arg(String op, Tensor a, Integer dim, boolean keepdim) {
    Shape s = ReductionRules.argReduce(op, a.shape(), dim, keepdim);
    Kind k = op.equals("argmax") ? Kind.ARGMAX : Kind.ARGMIN;
    return out(k, s, DType.INT64, a, dim == null ? null : new int[] {dim});
  }

  /** {@code var} with Bessel's correction (or without), on CPU. */
  static Tensor variance(Tensor a, int[] dims, boolean keepdim, boolean unbiased, boolean std) {
    DType out = ReductionRules.stdVarType(a.dtype());
    Shape s = ReductionRules.reduce(a.shape(), dims, keepdim);
    if (!a.hasData()) {
      return Tensor.result(s, out, a);
    }
    double[] v = reduce(Kind.VAR, s, a, dims, unbiased ? 1 : 0);
    if (std) {
      for (int i = 0; i < v.length; i++) {
        v[i] = Math.sqrt(v[i]);
      }
    }
    return Tensor.computed(s, out, v, a);
  }

  static Tensor norm(Tensor a, double p, int[] dims, boolean keepdim) {
    DType out = ReductionRules.normType(a.dtype());
    Shape s = ReductionRules.reduce(a.shape(), dims, keepdim);
    if (!a.hasData() || p == 2) {
      return out(Kind.NORM, s, out, a, dims);
    }
    if (Double.isInfinite(p)) {
      Tensor abs = a.abs();
      return out(p > 0 ? Kind.MAX : Kind.MIN, s, out, abs, dims);
    }
    Tensor sum = out(Kind.SUM, s, out, a.abs().pow(p), dims);
    return ElementwiseOps.map(sum, out, v -> Math.pow(v, 1 / p));
  }

  static Tensor logsumexp(Tensor a, int[] dims, boolean keepdim) {
    DType out = a.dtype().isFloatingPoint() ? a.dtype() : DType.FLOAT32;
    return out(Kind.LOGSUMEXP, ReductionRules.reduce(a.shape(), dims, keepdim), out, a, dims);
  }

  /** {@code all}/{@code any}: bool, except uint8 stays uint8. */
  static Tensor logical(Tensor a, Integer dim, boolean keepdim) {
    int[] dims = dim == null ? null : new int[] {dim};
    Shape s = ReductionRules.reduce(a.shape(), dims, keepdim);
    return out(Kind.ALL, s, a.dtype() == DType.UINT8 ? DType.UINT8 : DType.BOOL, a, dims);
  }

  static Tensor any(Tensor a, Integer dim, boolean keepdim) {
    int[] dims = dim == null ? null : new int[] {dim};
    Shape s = ReductionRules.reduce(a.shape(), dims, keepdim);
    return out(Kind.ANY, s, a.dtype() == DType.UINT8 ? DType.UINT8 : DType.BOOL, a, dims);
  }

  private static Tensor out(Kind kind, Shape s, DType d, Tensor a, int[] dims) {
    if (!a.hasData()) {
      return Tensor.result(s, d, a);
    }
    if (kind == Kind.SUM && d == DType.INT64) {
      long[] in = a.longs();
      int[] map = outputIndex(a.shape(), dims);
      long[] v = new long[CpuOps.numel(CpuOps.sizes(s))];
      for (int i = 0; i < in.length; i++) {
        v[map[i]] += in[i];
      }
      return Tensor.computedLongs(s, d, v, a);
    }
    return Tensor.computed(s, d, reduce(kind, s, a, dims, 0), a);
  }

  /**
   * For each input element, the output position it reduces into: reduced dims (all when {@code
   * dims} is null or empty) contribute nothing. The output order is the same with or without
   * keepdim.
   */
  private static int[] outputIndex(Shape in, int[] dims) {
    int[] is = CpuOps.sizes(in);
    boolean[] reduced = new boolean[is.length];
    if (dims == null || dims.length == 0) {
      java.util.Arrays.fill(reduced, true);
    } else {
      for (int d : dims) {
        reduced[Checks.wrapDim(d, Math.max(is.length, 1)) % Math.max(is.length, 1)] = true;
      }
    }
    int[] st = new int[is.length];
    int acc = 1;
    for (int k = is.length - 1; k >= 0; k--) {
      if (!reduced[k]) {
        st[k] = acc;
        acc *= is[k];
      }
    }
    return CpuOps.stridedMap(is, st, 0);
  }

  private static double[] reduce(Kind kind, Shape s, Tensor a, int[] dims, int correction) {
    double[] in = a.doubles();
    int[] map = outputIndex(a.shape(), dims);
    int n = CpuOps.numel(CpuOps.sizes(s));
    double[] v = new double[n];
    int[] count = new int[n];
    for (int o : map) {
      count[o]++;
    }
    switch (kind) {
      case SUM, MEAN -> {
        for (int i = 0; i < in.length; i++) {
          v[map[i]] += in[i];
        }
        if (kind == Kind.MEAN) {
          for (int o = 0; o < n; o++) {
            v[o] /= count[o];
          }
        }
      }
      case PROD -> {
        java.util.Arrays.fill(v, 1);
        for (int i = 0; i < in.length; i++) {
          v[map[i]] *= in[i];
        }
      }
      case MAX, MIN, ARGMAX, ARGMIN -> {
        boolean max = kind == Kind.MAX || kind == Kind.ARGMAX;
        double[] best = new double[n];
        java.util.Arrays.fill(best, max ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
        int[] seen = new int[n];
        int[] at = new int[n];
        boolean[] started = new boolean[n];
        for (int i = 0; i < in.length; i++) {
          int o = map[i];
          double x = in[i];
          boolean better =
              !started[o]
                  || (!Double.isNaN(best[o])
                      && (Double.isNaN(x) || (max ? x > best[o] : x < best[o])));
          if (better) {
            best[o] = x;
            at[o] = seen[o];
            started[o] = true;
          }
          seen[o]++;
        }
        boolean arg = kind == Kind.ARGMAX || kind == Kind.ARGMIN;
        for (int o = 0; o < n; o++) {
          v[o] = arg ? at[o] : best[o];
        }
      }
      case VAR -> {
        double[] mean = new double[n];
        for (int i = 0; i < in.length; i++) {
          mean[map[i]] += in[i];
        }
        for (int o = 0; o < n; o++) {
          mean[o] /= count[o];
        }
        for (int i = 0; i < in.length; i++) {
          double dlt = in[i] - mean[map[i]];
          v[map[i]] += dlt * dlt;
        }
        for (int o = 0; o < n; o++) {
          v[o] /= Math.max(0, count[o] - correction);
        }
      }
      case NORM -> {
        for (int i = 0; i < in.length; i++) {
          v[map[i]] += in[i] * in[i];
        }
        for (int o = 0; o < n; o++) {
          v[o] = Math.sqrt(v[o]);
        }
      }
      case LOGSUMEXP -> {
        double[] m = new double[n];
        java.util.Arrays.fill(m, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < in.length; i++) {
          m[map[i]] = Math.max(m[map[i]], in[i]);
        }
        for (int i = 0; i < in.length; i++) {
          v[map[i]] += Math.exp(in[i] - m[map[i]]);
        }
        for (int o = 0; o < n; o++) {
          v[o] = Math.log(v[o]) + (Double.isInfinite(m[o]) ? 0 : m[o]);
        }
      }
      case ALL -> {
        java.util.Arrays.fill(v, 1);
        for (int i = 0; i < in.length; i++) {
          if (in[i] == 0) {
            v[map[i]] = 0;
          }
        }
      }
      case ANY -> {
        for (int i = 0; i < in.length; i++) {
          if (in[i] != 0) {
            v[map[i]] = 1;
          }
        }
      }
      default -> throw new IllegalStateException(kind.toString());
    }
    return v;
  }
}
