package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;

/**
 * {@code nn.Dropout3d}: zeroes whole channels of (N, C, D, H, W) or (C, D, H, W) input in training;
 * the output has the input's shape.
 */
public class Dropout3d extends DropoutBase<Dropout3d> {
  public Dropout3d() {
    super(0.5, false);
  }

  public Dropout3d(double p) {
    super(p, false);
  }

  public Dropout3d(double p, boolean inplace) {
    super(p, inplace);
  }

  /** An int probability, as {@code nn.Dropout3d(1)}. */
  public Dropout3d(long p) {
    super(p, false);
  }

  public Dropout3d(long p, boolean inplace) {
    super(p, inplace);
  }

  public Tensor forward(Tensor input) {
    return fire(
        F.inPlace(input, NormOps.dropout3d(input, probability(), isTraining()), inplace), input);
  }
}
