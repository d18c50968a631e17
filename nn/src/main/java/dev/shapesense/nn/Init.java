package dev.shapesense.nn;

import dev.shapesense.tensor.Generator;
import dev.shapesense.tensor.Tensor;

/**
 * PyTorch's parameter initialisations ({@code torch.nn.init}) for CPU parameters, drawn from the
 * seeded {@link Generator}; on META they do nothing (there is no data).
 */
final class Init {
  private Init() {}

  /**
   * {@code fan_in}: {@code size(1) * receptive field}, as {@code _calculate_fan_in_and_fan_out}.
   */
  static long fanIn(Tensor w) {
    long receptive = 1;
    for (int k = 2; k < w.dim(); k++) {
      receptive *= w.size(k);
    }
    return w.dim() < 2 ? w.size(0) : w.size(1) * receptive;
  }

  static long fanOut(Tensor w) {
    long receptive = 1;
    for (int k = 2; k < w.dim(); k++) {
      receptive *= w.size(k);
    }
    return w.size(0) * receptive;
  }

  static void uniform(Tensor p, double bound) {
    if (p != null && p.hasData()) {
      p.copy_(values(p, Generator.uniform((int) p.numel(), -bound, bound)));
    }
  }

  static void normal(Tensor p, double std) {
    if (p != null && p.hasData()) {
      double[] v = Generator.normal((int) p.numel());
      for (int i = 0; i < v.length; i++) {
        v[i] *= std;
      }
      p.copy_(values(p, v));
    }
  }

  static void fill(Tensor p, double value) {
    if (p != null && p.hasData()) {
      double[] v = new double[(int) p.numel()];
      java.util.Arrays.fill(v, value);
      p.copy_(values(p, v));
    }
  }

  /**
   * {@code kaiming_uniform_(w, a=sqrt(5))}, PyTorch's Linear/Conv default: bound 1/sqrt(fan_in).
   */
  static void kaimingUniform(Tensor w) {
    long fanIn = fanIn(w);
    uniform(w, fanIn == 0 ? 0 : 1 / Math.sqrt(fanIn));
  }

  static void xavierUniform(Tensor w) {
    uniform(w, Math.sqrt(6.0 / (fanIn(w) + fanOut(w))));
  }

  static void xavierNormal(Tensor w) {
    normal(w, Math.sqrt(2.0 / (fanIn(w) + fanOut(w))));
  }

  private static Tensor values(Tensor like, double[] v) {
    return Tensor.computed(like.shape(), like.dtype(), v);
  }
}
