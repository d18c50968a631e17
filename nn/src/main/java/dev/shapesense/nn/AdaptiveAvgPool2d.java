package dev.shapesense.nn;

import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.rules.AdaptivePoolRules;
import java.util.List;

/**
 * {@code nn.AdaptiveAvgPool2d}: avg pooling of the last 2 dim(s) to a fixed output size, whatever
 * the input size. A None (null) entry keeps the input size of that dim. Checks run in forward,
 * as PyTorch's do.
 */
public class AdaptiveAvgPool2d extends Module {
  private final Integer[] outputSize;
  private boolean scalar;

  public AdaptiveAvgPool2d(int outputSize) {
    this.outputSize = new Integer[] {outputSize};
    this.scalar = true;
  }

  public AdaptiveAvgPool2d(int... outputSize) {
    this.outputSize = new Integer[outputSize.length];
    for (int i = 0; i < outputSize.length; i++) {
      this.outputSize[i] = outputSize[i];
    }
  }

  /** A tuple that may hold null (None): that dim keeps the input's size. */
  public AdaptiveAvgPool2d(Integer[] outputSize) {
    this.outputSize = outputSize.clone();
  }

  /** The output size as given; a null entry keeps the input's size. */
  public Integer[] getOutputSize() {
    return outputSize.clone();
  }

  private Dim[] dims(Tensor x) {
    if (scalar) {
      Dim[] out = new Dim[2];
      java.util.Arrays.fill(out, Dim.of(outputSize[0]));
      return out;
    }
    return AdaptivePoolRules.listWithDefault(x.shape(), outputSize);
  }

  public Tensor forward(Tensor x) {
    Shape s = AdaptivePoolRules.adaptiveAvgPool2d(x.shape(), x.dtype(), dims(x));
    return fire(Tensor.result(s, x.dtype(), x), x);
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
