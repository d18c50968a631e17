package dev.shapesense.nn;

/**
 * {@code torch.nn.modules.linear.NonDynamicallyQuantizableLinear}: a {@link Linear} that
 * MultiheadAttention holds as {@code out_proj}; it reads its weights but never calls it.
 */
public class NonDynamicallyQuantizableLinear extends Linear {
  public NonDynamicallyQuantizableLinear(long inFeatures, long outFeatures) {
    super(inFeatures, outFeatures);
  }

  public NonDynamicallyQuantizableLinear(long inFeatures, long outFeatures, boolean bias) {
    super(inFeatures, outFeatures, bias);
  }
}
