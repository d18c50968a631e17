package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;

/**
 * {@code nn.ConstantPad3d}: pads the last 3 dim(s) with a constant value; {@code padding} is one int for
 * every side or 6 ints (left, right, top, bottom, front, back). Forward is {@code F.pad(input, padding,
 * "constant")} with its checks and messages.
 */
public class ConstantPad3d extends Module {
  private final int[] padding;
  private final double value;
  private boolean valueIsInt;

  public ConstantPad3d(int padding, double value) {
    this.padding = new int[6];
    java.util.Arrays.fill(this.padding, padding);
    this.value = value;
  }

  public ConstantPad3d(int[] padding, double value) {
    this.padding = padding.clone();
    this.value = value;
  }

  /** An integer fill value, printed as PyTorch prints an int. */
  public ConstantPad3d(int padding, int value) {
    this(padding, (double) value);
    this.valueIsInt = true;
  }

  public ConstantPad3d(int[] padding, int value) {
    this(padding, (double) value);
    this.valueIsInt = true;
  }

  /** The padding as (left, right, top, bottom, front, back). */
  public int[] getPadding() {
    return padding.clone();
  }

  public double getValue() {
    return value;
  }

  public Tensor forward(Tensor input) {
    return fire(F.pad(input, padding, "constant", value), input);
  }

  @Override
  protected String extraRepr() {
    return "padding=" + PoolArgs.tuple(padding) + ", value=" + (value == Math.rint(value) && !Double.isInfinite(value) ? Long.toString((long) value) + (valueIsInt ? "" : ".0") : Double.toString(value));
  }
}
