package dev.shapesense.nn;

import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.rules.AdaptivePoolRules;
import java.util.Arrays;

/**
 * Base of the adaptive pools ({@code AdaptiveAvgPool1d/2d/3d}, {@code AdaptiveMaxPool1d/2d/3d}):
 * pools the last {@code spatial} dims to a fixed output size, whatever the input size. One int is
 * the size of every dim; in a tuple of a 2-d or 3-d pool a None (null) entry keeps the input's
 * size. Checks run in forward, as PyTorch's do.
 */
public abstract class AdaptivePoolNd extends Module {
  /** One of {@code AdaptivePoolRules}' shape functions. */
  @FunctionalInterface
  interface Rule {
    Shape apply(Shape in, DType dtype, Dim[] outputSize);
  }

  private final int spatial;
  private final Rule rule;
  final Integer[] outputSize;
  private final boolean scalar;

  /** {@code scalar}: the output size was one int rather than a tuple. */
  AdaptivePoolNd(int spatial, Rule rule, Integer[] outputSize, boolean scalar) {
    this.spatial = spatial;
    this.rule = rule;
    this.outputSize = outputSize.clone();
    this.scalar = scalar;
  }

  static Integer[] boxed(int[] outputSize) {
    Integer[] out = new Integer[outputSize.length];
    for (int i = 0; i < outputSize.length; i++) {
      out[i] = outputSize[i];
    }
    return out;
  }

  /** The output size as given; a null entry keeps the input's size. */
  public Integer[] getOutputSize() {
    return outputSize.clone();
  }

  private Dim[] dims(Tensor x) {
    if (scalar) {
      Dim[] out = new Dim[spatial];
      Arrays.fill(out, Dim.of(outputSize[0]));
      return out;
    }
    if (spatial == 1) {
      // PyTorch's 1-d pools pass output_size on as it is, without _list_with_default.
      Dim[] out = new Dim[outputSize.length];
      for (int i = 0; i < out.length; i++) {
        out[i] = Dim.of(outputSize[i]);
      }
      return out;
    }
    return AdaptivePoolRules.listWithDefault(x.shape(), outputSize);
  }

  final Shape outputShape(Tensor x) {
    return rule.apply(x.shape(), x.dtype(), dims(x));
  }

  public Tensor forward(Tensor x) {
    return fire(PoolArgs.output(x, outputShape(x), this::cpu), x);
  }

  /** Output (and, for max pools, indices) computed on CPU. */
  final Tensor[] cpu(Tensor x, Shape s) {
    return dev.shapesense.tensor.CpuPool.adaptivePool(
        spatial, x, s, this instanceof AdaptiveMaxPoolNd);
  }

  @Override
  protected String extraRepr() {
    if (scalar) {
      return "output_size=" + outputSize[0];
    }
    StringBuilder sb = new StringBuilder("output_size=(");
    for (int i = 0; i < outputSize.length; i++) {
      sb.append(i > 0 ? ", " : "").append(outputSize[i] == null ? "None" : outputSize[i]);
    }
    return sb.append(outputSize.length == 1 ? ",)" : ")").toString();
  }
}
