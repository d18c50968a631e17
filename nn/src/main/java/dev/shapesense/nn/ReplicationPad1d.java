package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;

/**
 * {@code nn.ReplicationPad1d}: pads the last 1 dim(s) with copies of the input boundary; {@code padding} is one int for
 * every side or 2 ints (left, right). Forward is {@code F.pad(input, padding,
 * "replicate")} with its checks and messages.
 */
public class ReplicationPad1d extends Module {
  private final int[] padding;

  public ReplicationPad1d(int padding) {
    this.padding = new int[2];
    java.util.Arrays.fill(this.padding, padding);
  }

  public ReplicationPad1d(int[] padding) {
    this.padding = padding.clone();
  }

  /** The padding as (left, right). */
  public int[] getPadding() {
    return padding.clone();
  }

  public Tensor forward(Tensor input) {
    return fire(F.pad(input, padding, "replicate", null), input);
  }

  @Override
  protected String extraRepr() {
    return PoolArgs.tuple(padding);
  }
}
