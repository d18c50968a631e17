package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;

/**
 * {@code nn.ZeroPad3d}: pads the last 3 dim(s) with zeros; {@code padding} is one int for
 * every side or 6 ints (left, right, top, bottom, front, back). Forward is {@code F.pad(input, padding,
 * "constant")} with its checks and messages.
 */
public class ZeroPad3d extends Module {
  private final int[] padding;

  public ZeroPad3d(int padding) {
    this.padding = new int[6];
    java.util.Arrays.fill(this.padding, padding);
  }

  public ZeroPad3d(int[] padding) {
    this.padding = padding.clone();
  }

  /** The padding as (left, right, top, bottom, front, back). */
  public int[] getPadding() {
    return padding.clone();
  }

  public Tensor forward(Tensor input) {
    return fire(F.pad(input, padding, "constant", 0.0), input);
  }

  @Override
  protected String extraRepr() {
    return PoolArgs.tuple(padding);
  }
}
