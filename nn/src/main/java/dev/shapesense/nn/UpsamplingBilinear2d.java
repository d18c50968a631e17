package dev.shapesense.nn;

/**
 * {@code nn.UpsamplingBilinear2d}: {@link Upsample} in mode {@code bilinear} with {@code
 * align_corners=True} (deprecated in PyTorch).
 */
public class UpsamplingBilinear2d extends Upsample {
  public UpsamplingBilinear2d() {
    mode("bilinear");
    alignCorners(true);
  }

  public UpsamplingBilinear2d(int size) {
    this();
    size(size);
  }

  public UpsamplingBilinear2d(int[] size) {
    this();
    size(size);
  }

  public UpsamplingBilinear2d(int[] size, Double scaleFactor) {
    super(size, scaleFactor, "bilinear", true);
  }
}
