package dev.shapesense.nn;

/**
 * Base of {@code ConstantPad1d/2d/3d}: pads with a constant value, printed as PyTorch prints the
 * int or float it was given.
 */
public abstract class ConstantPadNd extends PadNd {
  private final double value;
  private final boolean valueIsInt;

  ConstantPadNd(int[] padding, double value, boolean valueIsInt) {
    super(padding, "constant", value);
    this.value = value;
    this.valueIsInt = valueIsInt;
  }

  public double getValue() {
    return value;
  }

  @Override
  protected String extraRepr() {
    String v =
        value == Math.rint(value) && !Double.isInfinite(value)
            ? Long.toString((long) value) + (valueIsInt ? "" : ".0")
            : Double.toString(value);
    return "padding=" + super.extraRepr() + ", value=" + v;
  }
}
