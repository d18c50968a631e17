package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;

/**
 * {@code nn.Dropout2d}: zeroes whole channels (dim 1) in training; the output has the input's
 * shape.
 */
public class Dropout2d extends DropoutBase<Dropout2d> {
  public Dropout2d() {
    super(0.5, false);
  }

  public Dropout2d(double p) {
    super(p, false);
  }

  public Dropout2d(double p, boolean inplace) {
    super(p, inplace);
  }

  /** An int probability, as {@code nn.Dropout2d(1)}. */
  public Dropout2d(long p) {
    super(p, false);
  }

  public Dropout2d(long p, boolean inplace) {
    super(p, inplace);
  }

  public Tensor forward(Tensor input) {
    return fire(
        F.inPlace(input, NormOps.featureDropout(input, probability(), isTraining()), inplace), input);
  }
}
