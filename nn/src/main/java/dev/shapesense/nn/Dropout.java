package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;

/**
 * {@code nn.Dropout}: zeroes elements with probability p in training; the output has the input's
 * shape.
 */
public class Dropout extends DropoutBase<Dropout> {
  public Dropout() {
    super(0.5, false);
  }

  public Dropout(double p) {
    super(p, false);
  }

  public Dropout(double p, boolean inplace) {
    super(p, inplace);
  }

  /** An int probability, as {@code nn.Dropout(1)}. */
  public Dropout(long p) {
    super(p, false);
  }

  public Dropout(long p, boolean inplace) {
    super(p, inplace);
  }

  public Tensor forward(Tensor input) {
    return fire(
        F.inPlace(input, NormOps.dropout(input, probability(), isTraining()), inplace), input);
  }
}
