package dev.shapesense.nn;

import dev.shapesense.tensor.rules.AdaptivePoolRules;

/**
 * {@code nn.AdaptiveAvgPool2d}: avg pooling of the last 2 dim(s) to a fixed output size, whatever
 * the input size. A None (null) entry keeps the input size of that dim. Checks run in forward,
 * as PyTorch's do.
 */
public class AdaptiveAvgPool2d extends AdaptivePoolNd {
  public AdaptiveAvgPool2d(int outputSize) {
    this(new Integer[] {outputSize}, true);
  }

  public AdaptiveAvgPool2d(int... outputSize) {
    this(boxed(outputSize), false);
  }

  /** A tuple that may hold null (None): that dim keeps the input's size. */
  public AdaptiveAvgPool2d(Integer[] outputSize) {
    this(outputSize, false);
  }

  private AdaptiveAvgPool2d(Integer[] outputSize, boolean scalar) {
    super(2, AdaptivePoolRules::adaptiveAvgPool2d, outputSize, scalar);
  }
}
