package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;

/**
 * {@code nn.ReplicationPad2d}: pads the last 2 dim(s) with copies of the input boundary; {@code padding} is one int for
 * every side or 4 ints (left, right, top, bottom). Forward is {@code F.pad(input, padding,
 * "replicate")} with its checks and messages.
 */
public class ReplicationPad2d extends Module {
  private final int[] padding;

  public ReplicationPad2d(int padding) {
    this.padding = new int[4];
    java.util.Arrays.fill(this.padding, padding);
  }

  public ReplicationPad2d(int[] padding) {
    this.padding = padding.clone();
  }

  /** The padding as (left, right, top, bottom). */
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
