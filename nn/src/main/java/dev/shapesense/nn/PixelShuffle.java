package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;

/** {@code nn.PixelShuffle}: {@code F.pixel_shuffle} with the module's upscale factor. */
public class PixelShuffle extends Module {
  private final int upscaleFactor;

  public PixelShuffle(int upscaleFactor) {
    this.upscaleFactor = upscaleFactor;
  }

  public int getUpscaleFactor() {
    return upscaleFactor;
  }

  public Tensor forward(Tensor input) {
    return fire(F.pixelShuffle(input, upscaleFactor), input);
  }

  @Override
  protected String extraRepr() {
    return "upscale_factor=" + upscaleFactor;
  }
}
