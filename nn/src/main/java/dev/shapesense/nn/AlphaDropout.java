package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;

/**
 * {@code nn.AlphaDropout}: dropout that keeps the self-normalising mean and variance (for SELU);
 * the output has the input's shape.
 */
public class AlphaDropout extends DropoutBase<AlphaDropout> {
  public AlphaDropout() {
    super(0.5, false);
  }

  public AlphaDropout(double p) {
    super(p, false);
  }

  public AlphaDropout(double p, boolean inplace) {
    super(p, inplace);
  }

  /** An int probability, as {@code nn.AlphaDropout(1)}. */
  public AlphaDropout(long p) {
    super(p, false);
  }

  public AlphaDropout(long p, boolean inplace) {
    super(p, inplace);
  }

  public Tensor forward(Tensor input) {
    return fire(
        F.inPlace(input, NormOps.alphaDropout(input, probability(), isTraining()), inplace), input);
  }
}
