package dev.shapesense.nn;

/**
 * {@code nn.ConstantPad1d}: pads the last 1 dim(s) with a constant value; {@code padding} is one int for
 * every side or 2 ints (left, right). Forward is {@code F.pad(input, padding,
 * "constant")} with its checks and messages.
 */
public class ConstantPad1d extends ConstantPadNd {
  public ConstantPad1d(int padding, double value) {
    super(1, padding, value, false);
  }

  public ConstantPad1d(int[] padding, double value) {
    super(padding, value, false);
  }

  /** An integer fill value, printed as PyTorch prints an int. */
  public ConstantPad1d(int padding, int value) {
    super(1, padding, value, true);
  }

  public ConstantPad1d(int[] padding, int value) {
    super(padding, value, true);
  }
}
