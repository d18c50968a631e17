package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;

/** {@code nn.PixelUnshuffle}: {@code F.pixel_unshuffle} with the module's downscale factor. */
public class PixelUnshuffle extends Module {
  private final int downscaleFactor;

  public PixelUnshuffle(int downscaleFactor) {
    this.downscaleFactor = downscaleFactor;
  }

  public int getDownscaleFactor() {
    return downscaleFactor;
  }

  public Tensor forward(Tensor input) {
    return fire(F.pixelUnshuffle(input, downscaleFactor), input);
  }

  @Override
  protected String extraRepr() {
    return "downscale_factor=" + downscaleFactor;
  }
}
