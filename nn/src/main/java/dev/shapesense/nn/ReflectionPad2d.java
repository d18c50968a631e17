package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;

/**
 * {@code nn.ReflectionPad2d}: pads the last 2 dim(s) with the reflection of the input at its boundary; {@code padding} is one int for
 * every side or 4 ints (left, right, top, bottom). Forward is {@code F.pad(input, padding,
 * "reflect")} with its checks and messages.
 */
public class ReflectionPad2d extends Module {
  private final int[] padding;

  public ReflectionPad2d(int padding) {
    this.padding = new int[4];
    java.util.Arrays.fill(this.padding, padding);
  }

  public ReflectionPad2d(int[] padding) {
    this.padding = padding.clone();
  }

  /** The padding as (left, right, top, bottom). */
  public int[] getPadding() {
    return padding.clone();
  }

  public Tensor forward(Tensor input) {
    return fire(F.pad(input, padding, "reflect", null), input);
  }

  @Override
  protected String extraRepr() {
    return PoolArgs.tuple(padding);
  }
}
