package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;

/**
 * {@code nn.ConstantPad1d}: pads the last 1 dim(s) with a constant value; {@code padding} is one int for
 * every side or 2 ints (left, right). Forward is {@code F.pad(input, padding,
 * "constant")} with its checks and messages.
 */
public class ConstantPad1d extends Module {
  private final int[] padding;
  private final double value;
  private boolean valueIsInt;

  public ConstantPad1d(int padding, double value) {
    this.padding = new int[2];
    java.util.Arrays.fill(this.padding, padding);
    this.value = value;
  }

  public ConstantPad1d(int[] padding, double value) {
    this.padding = padding.clone();
    this.value = value;
  }

  /** An integer fill value, printed as PyTorch prints an int. */
  public ConstantPad1d(int padding, int value) {
    this(padding, (double) value);
    this.valueIsInt = true;
  }

  public ConstantPad1d(int[] padding, int value) {
    this(padding, (double) value);
    this.valueIsInt = true;
  }

  /** The padding as (left, right). */
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
