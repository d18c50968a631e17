package dev.shapesense.tensor;

/**
 * CPU kernels of matrix products, linear layers and softmax. Each fills the shape its op's rule
 * returned; accumulation is in double, rounded once to the result dtype.
 */
public final class CpuLinalg {
  private CpuLinalg() {}

  /**
   * {@code torch.matmul} semantics for every product: 1-d operands are a row (left) or a column
   * (right) vector whose dim the rule dropped; batch dims broadcast to the result's.
   */
  static Tensor matmul(Tensor a, Tensor b, Shape out, DType d) {
    int ra = a.dim();
    int rb = b.dim();
    int k = (int) a.shape().get(-1).value();
    int n = ra >= 2 ? (int) a.shape().get(-2).value() : 1;
    int m = rb >= 2 ? (int) b.shape().get(-1).value() : 1;
    int batchRank = out.rank() - (ra >= 2 ? 1 : 0) - (rb >= 2 ? 1 : 0);
    Shape batch = Shape.of(out.dims().subList(0, Math.max(batchRank, 0)));
    Shape aBatch = ra > 2 ? Shape.of(a.shape().dims().subList(0, ra - 2)) : Shape.of();
    Shape bBatch = rb > 2 ? Shape.of(b.shape().dims().subList(0, rb - 2)) : Shape.of();
    int[] ma = CpuOps.broadcastMap(batch, aBatch);
    int[] mb = CpuOps.broadcastMap(batch, bBatch);
    double[] x = a.doubles();
    double[] y = b.doubles();
    double[] c = new double[ma.length * n * m];
    for (int i = 0; i < ma.length; i++) {
      mm(x, ma[i] * n * k, y, mb[i] * k * m, c, i * n * m, n, k, m);
    }
    return Tensor.computed(out, d, c, a, b);
  }

  /** {@code c[cOff..] += a[n, k] @ b[k, m]}, row-major blocks. */
  public static void mm(
      double[] a, int aOff, double[] b, int bOff, double[] c, int cOff, int n, int k, int m) {
    for (int i = 0; i < n; i++) {
      int ci = cOff + i * m;
      for (int p = 0; p < k; p++) {
        double aip = a[aOff + i * k + p];
        if (aip == 0) {
          continue;
        }
        int bp = bOff + p * m;
        for (int j = 0; j < m; j++) {
          c[ci + j] += aip * b[bp + j];
        }
      }
    }
  }

  /** {@code product + self}, self broadcast to the product's shape. */
  static Tensor plus(Tensor product, Tensor self) {
    double[] v = product.doubles().clone();
    double[] s = self.doubles();
    int[] map = CpuOps.broadcastMap(product.shape(), self.shape());
    for (int i = 0; i < v.length; i++) {
      v[i] += s[map[i]];
    }
    return Tensor.computed(product.shape(), product.dtype(), v, product, self);
  }

  /** {@code x @ w.T + b} over the last dim. */
  static Tensor linear(Tensor x, Tensor w, Tensor bias, Shape out, DType d) {
    int in = (int) w.shape().get(-1).value();
    int outF = w.dim() == 1 ? 1 : (int) w.shape().get(0).value();
    double[] xs = x.doubles();
    double[] ws = w.doubles();
    double[] bs = bias == null ? null : bias.doubles();
    int rows = in == 0 ? CpuOps.numel(CpuOps.sizes(out)) / Math.max(outF, 1) : xs.length / in;
    double[] v = new double[CpuOps.numel(CpuOps.sizes(out))];
    boolean bias1d = bs != null && bs.length == outF;
    for (int r = 0; r < rows; r++) {
      int xo = r * in;
      for (int o = 0; o < outF; o++) {
        int wo = o * in;
        double acc = 0;
        for (int i = 0; i < in; i++) {
          acc += xs[xo + i] * ws[wo + i];
        }
        if (bs != null) {
          acc += bias1d ? bs[o] : bs[0];
        }
        v[r * outF + o] = acc;
      }
    }
    return Tensor.computed(out, d, v, x, w, bias);
  }

  /** {@code y[o] = x1 W[o] x2 + b[o]} per row. */
  static Tensor bilinear(Tensor x1, Tensor x2, Tensor w, Tensor bias, Shape out, DType d) {
    int outF = (int) w.shape().get(0).value();
    int i1 = (int) w.shape().get(1).value();
    int i2 = (int) w.shape().get(2).value();
    double[] a = x1.doubles();
    double[] b = x2.doubles();
    double[] ws = w.doubles();
    double[] bs = bias == null ? null : bias.doubles();
    int rows = i1 == 0 ? 0 : a.length / i1;
    double[] v = new double[CpuOps.numel(CpuOps.sizes(out))];
    for (int r = 0; r < rows; r++) {
      for (int o = 0; o < outF; o++) {
        double acc = 0;
        for (int i = 0; i < i1; i++) {
          double ai = a[r * i1 + i];
          int wo = (o * i1 + i) * i2;
          double inner = 0;
          for (int j = 0; j < i2; j++) {
            inner += ws[wo + j] * b[r * i2 + j];
          }
          acc += ai * inner;
        }
        v[r * outF + o] = acc + (bs == null ? 0 : bs[o]);
      }
    }
    return Tensor.computed(out, d, v, x1, x2, w, bias);
  }

  /** Softmax (or log-softmax) along {@code dim} of a CPU tensor, computed in double. */
  public static Tensor softmax(Tensor x, Shape out, DType d, int dim, boolean log) {
    int[] sz = CpuOps.sizes(x.shape());
    int ax = sz.length == 0 ? 0 : Checks.wrapDim(dim, sz.length);
    int len = sz.length == 0 ? 1 : sz[ax];
    int inner = 1;
    for (int k = ax + 1; k < sz.length; k++) {
      inner *= sz[k];
    }
    double[] in = x.doubles();
    double[] v = new double[in.length];
    int outer = len == 0 ? 0 : in.length / (len * inner);
    for (int o = 0; o < outer; o++) {
      for (int i = 0; i < inner; i++) {
        int base = o * len * inner + i;
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < len; j++) {
          max = Math.max(max, in[base + j * inner]);
        }
        double sum = 0;
        for (int j = 0; j < len; j++) {
          sum += Math.exp(in[base + j * inner] - max);
        }
        for (int j = 0; j < len; j++) {
          double e = in[base + j * inner] - max;
          v[base + j * inner] = log ? e - Math.log(sum) : Math.exp(e) / sum;
        }
      }
    }
    return Tensor.computed(out, d, v, x);
  }
}
