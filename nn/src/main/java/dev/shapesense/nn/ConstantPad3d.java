package dev.shapesense.nn;

/**
 * {@code nn.ConstantPad3d}: pads the last 3 dim(s) with a constant value; {@code padding} is one int for
 * every side or 6 ints (left, right, top, bottom, front, back). Forward is {@code F.pad(input, padding,
 * "constant")} with its checks and messages.
 */
public class ConstantPad3d extends ConstantPadNd {
  public ConstantPad3d(int padding, double value) {
    super(3, padding, value, false);
  }

  public ConstantPad3d(int[] padding, double value) {
    super(padding, value, false);
  }

  /** An integer fill value, printed as PyTorch prints an int. */
  public ConstantPad3d(int padding, int value) {
    super(3, padding, value, true);
  }

  public ConstantPad3d(int[] padding, int value) {
    super(padding, value, true);
  }
}
