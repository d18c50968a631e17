package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;

/** {@code nn.FeatureAlphaDropout}: channel-wise alpha dropout; the output has the input's shape. */
public class FeatureAlphaDropout extends DropoutBase<FeatureAlphaDropout> {
  public FeatureAlphaDropout() {
    super(0.5, false);
  }

  public FeatureAlphaDropout(double p) {
    super(p, false);
  }

  public FeatureAlphaDropout(double p, boolean inplace) {
    super(p, inplace);
  }

  /** An int probability, as {@code nn.FeatureAlphaDropout(1)}. */
  public FeatureAlphaDropout(long p) {
    super(p, false);
  }

  public FeatureAlphaDropout(long p, boolean inplace) {
    super(p, inplace);
  }

  public Tensor forward(Tensor input) {
    return fire(
        F.inPlace(input, NormOps.featureAlphaDropout(input, probability(), isTraining()), inplace), input);
  }
}
