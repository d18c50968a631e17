package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;

/**
 * {@code nn.ZeroPad1d}: pads the last 1 dim(s) with zeros; {@code padding} is one int for
 * every side or 2 ints (left, right). Forward is {@code F.pad(input, padding,
 * "constant")} with its checks and messages.
 */
public class ZeroPad1d extends Module {
  private final int[] padding;

  public ZeroPad1d(int padding) {
    this.padding = new int[2];
    java.util.Arrays.fill(this.padding, padding);
  }

  public ZeroPad1d(int[] padding) {
    this.padding = padding.clone();
  }

  /** The padding as (left, right). */
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
