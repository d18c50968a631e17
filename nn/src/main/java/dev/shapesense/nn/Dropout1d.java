package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;

/**
 * {@code nn.Dropout1d}: zeroes whole channels of (N, C, L) or (C, L) input in training; the output
 * has the input's shape.
 */
public class Dropout1d extends DropoutBase<Dropout1d> {
  public Dropout1d() {
    super(0.5, false);
  }

  public Dropout1d(double p) {
    super(p, false);
  }

  public Dropout1d(double p, boolean inplace) {
    super(p, inplace);
  }

  /** An int probability, as {@code nn.Dropout1d(1)}. */
  public Dropout1d(long p) {
    super(p, false);
  }

  public Dropout1d(long p, boolean inplace) {
    super(p, inplace);
  }

  public Tensor forward(Tensor input) {
    return fire(
        F.inPlace(input, NormOps.dropout1d(input, probability(), isTraining()), inplace), input);
  }
}
