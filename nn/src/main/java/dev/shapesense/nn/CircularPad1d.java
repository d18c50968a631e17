package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;

/**
 * {@code nn.CircularPad1d}: pads the last 1 dim(s) with the input wrapped around; {@code padding} is one int for
 * every side or 2 ints (left, right). Forward is {@code F.pad(input, padding,
 * "circular")} with its checks and messages.
 */
public class CircularPad1d extends Module {
  private final int[] padding;

  public CircularPad1d(int padding) {
    this.padding = new int[2];
    java.util.Arrays.fill(this.padding, padding);
  }

  public CircularPad1d(int[] padding) {
    this.padding = padding.clone();
  }

  /** The padding as (left, right). */
  public int[] getPadding() {
    return padding.clone();
  }

  public Tensor forward(Tensor input) {
    return fire(F.pad(input, padding, "circular", null), input);
  }

  @Override
  protected String extraRepr() {
    return PoolArgs.tuple(padding);
  }
}
