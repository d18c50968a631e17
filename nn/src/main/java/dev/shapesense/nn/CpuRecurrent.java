package dev.shapesense.nn;

import dev.shapesense.tensor.Generator;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.Tensor;

/**
 * The CPU forward of {@code nn.RNN}, {@code nn.GRU} and {@code nn.LSTM}: every layer and direction,
 * batch_first, unbatched input, LSTM projections, dropout between layers in training. Gate order
 * and formulas are PyTorch's (LSTM i, f, g, o; GRU r, z, n with the reset gate inside the new
 * gate's hidden term). Result shapes come from the recurrent shape rule.
 */
final class CpuRecurrent {
  private CpuRecurrent() {}

  /** {output, hN, cN (LSTM only, else null)} with the rule's shapes. */
  static Tensor[] run(
      RNNBase<?> m,
      String mode,
      Tensor input,
      Tensor h0,
      Tensor c0,
      Shape outShape,
      Shape hShape,
      Shape cShape) {
    boolean unbatched = input.dim() == 2;
    int len = (int) (unbatched || !m.batchFirst ? input.size(0) : input.size(1));
    int batch = unbatched ? 1 : (int) (m.batchFirst ? input.size(0) : input.size(1));
    int inSize = (int) input.size(-1);
    int dirs = m.bidirectional ? 2 : 1;
    int hidden = (int) m.hiddenSize;
    int hOut = m.projSize > 0 ? (int) m.projSize : hidden;
    int gates = mode.equals("LSTM") ? 4 : mode.equals("GRU") ? 3 : 1;
    // Time-major [len, batch, features].
    double[] seq = timeMajor(input.doubles(), len, batch, inSize, !unbatched && m.batchFirst);
    int layers = m.numLayers;
    double[] hn = new double[layers * dirs * batch * hOut];
    double[] cn = new double[layers * dirs * batch * hidden];
    double[] hInit = h0 == null ? null : h0.doubles();
    double[] cInit = c0 == null ? null : c0.doubles();
    int feat = inSize;
    for (int layer = 0; layer < layers; layer++) {
      double[] next = new double[len * batch * dirs * hOut];
      for (int d = 0; d < dirs; d++) {
        String sfx = layer + (d == 1 ? "_reverse" : "");
        double[] wIh = m.ownParameter("weight_ih_l" + sfx).doubles();
        double[] wHh = m.ownParameter("weight_hh_l" + sfx).doubles();
        Parameter bi = m.ownParameter("bias_ih_l" + sfx);
        Parameter bh = m.ownParameter("bias_hh_l" + sfx);
        double[] bIh = bi == null ? null : bi.doubles();
        double[] bHh = bh == null ? null : bh.doubles();
        Parameter hr = m.ownParameter("weight_hr_l" + sfx);
        double[] wHr = hr == null ? null : hr.doubles();
        int slot = layer * dirs + d;
        double[] h = new double[batch * hOut];
        double[] c = new double[batch * hidden];
        if (hInit != null) {
          System.arraycopy(hInit, slot * batch * hOut, h, 0, batch * hOut);
        }
        if (cInit != null) {
          System.arraycopy(cInit, slot * batch * hidden, c, 0, batch * hidden);
        }
        double[] gi = new double[gates * hidden];
        double[] gh = new double[gates * hidden];
        for (int step = 0; step < len; step++) {
          int t = d == 0 ? step : len - 1 - step;
          for (int b = 0; b < batch; b++) {
            affine(wIh, bIh, seq, (t * batch + b) * feat, feat, gi);
            affine(wHh, bHh, h, b * hOut, hOut, gh);
            double[] hb = new double[hidden];
            switch (mode) {
              case "LSTM" -> {
                for (int j = 0; j < hidden; j++) {
                  double ig = sigmoid(gi[j] + gh[j]);
                  double fg = sigmoid(gi[hidden + j] + gh[hidden + j]);
                  double gg = Math.tanh(gi[2 * hidden + j] + gh[2 * hidden + j]);
                  double og = sigmoid(gi[3 * hidden + j] + gh[3 * hidden + j]);
                  double cj = fg * c[b * hidden + j] + ig * gg;
                  c[b * hidden + j] = cj;
                  hb[j] = og * Math.tanh(cj);
                }
              }
              case "GRU" -> {
                for (int j = 0; j < hidden; j++) {
                  double r = sigmoid(gi[j] + gh[j]);
                  double z = sigmoid(gi[hidden + j] + gh[hidden + j]);
                  double n = Math.tanh(gi[2 * hidden + j] + r * gh[2 * hidden + j]);
                  hb[j] = (1 - z) * n + z * h[b * hOut + j];
                }
              }
              default -> {
                boolean relu = mode.equals("RNN_RELU");
                for (int j = 0; j < hidden; j++) {
                  double a = gi[j] + gh[j];
                  hb[j] = relu ? Math.max(a, 0) : Math.tanh(a);
                }
              }
            }
            if (wHr != null) {
              double[] p = new double[hOut];
              affine(wHr, null, hb, 0, hidden, p);
              hb = p;
            }
            System.arraycopy(hb, 0, h, b * hOut, hOut);
            System.arraycopy(hb, 0, next, ((t * batch + b) * dirs + d) * hOut, hOut);
          }
        }
        System.arraycopy(h, 0, hn, slot * batch * hOut, batch * hOut);
        System.arraycopy(c, 0, cn, slot * batch * hidden, batch * hidden);
      }
      if (layer < layers - 1 && m.isTraining() && m.dropout > 0) {
        double[] keep = Generator.bernoulli(next.length, 1 - m.dropout);
        double scale = m.dropout >= 1 ? 0 : 1 / (1 - m.dropout);
        for (int i = 0; i < next.length; i++) {
          next[i] *= keep[i] * scale;
        }
      }
      seq = next;
      feat = dirs * hOut;
    }
    double[] out = !unbatched && m.batchFirst ? transposeFirstTwo(seq, len, batch, feat) : seq;
    Tensor output = Tensor.computed(outShape, input.dtype(), out, input, h0, c0);
    Tensor hN = Tensor.computed(hShape, input.dtype(), hn, input, h0, c0);
    Tensor cN = cShape == null ? null : Tensor.computed(cShape, input.dtype(), cn, input, h0, c0);
    return new Tensor[] {output, hN, cN};
  }

  /** {@code out = W v[off, off + n) + b}. */
  private static void affine(double[] w, double[] b, double[] v, int off, int n, double[] out) {
    for (int r = 0; r < out.length; r++) {
      double acc = b == null ? 0 : b[r];
      int wr = r * n;
      for (int k = 0; k < n; k++) {
        acc += w[wr + k] * v[off + k];
      }
      out[r] = acc;
    }
  }

  private static double sigmoid(double x) {
    return 1 / (1 + Math.exp(-x));
  }

  /** {@code [len, batch, f]} from {@code [batch, len, f]} when {@code batchFirst}, else as is. */
  private static double[] timeMajor(double[] v, int len, int batch, int f, boolean batchFirst) {
    return batchFirst ? transposeFirstTwo(v, batch, len, f) : v;
  }

  /** {@code [a, b, f]} to {@code [b, a, f]}. */
  private static double[] transposeFirstTwo(double[] v, int a, int b, int f) {
    double[] out = new double[v.length];
    for (int i = 0; i < a; i++) {
      for (int j = 0; j < b; j++) {
        System.arraycopy(v, (i * b + j) * f, out, (j * a + i) * f, f);
      }
    }
    return out;
  }
}
