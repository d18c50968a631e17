package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;

/**
 * {@code nn.ReplicationPad3d}: pads the last 3 dim(s) with copies of the input boundary; {@code padding} is one int for
 * every side or 6 ints (left, right, top, bottom, front, back). Forward is {@code F.pad(input, padding,
 * "replicate")} with its checks and messages.
 */
public class ReplicationPad3d extends Module {
  private final int[] padding;

  public ReplicationPad3d(int padding) {
    this.padding = new int[6];
    java.util.Arrays.fill(this.padding, padding);
  }

  public ReplicationPad3d(int[] padding) {
    this.padding = padding.clone();
  }

  /** The padding as (left, right, top, bottom, front, back). */
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
