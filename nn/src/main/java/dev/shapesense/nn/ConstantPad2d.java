package dev.shapesense.nn;

/**
 * {@code nn.ConstantPad2d}: pads the last 2 dim(s) with a constant value; {@code padding} is one int for
 * every side or 4 ints (left, right, top, bottom). Forward is {@code F.pad(input, padding,
 * "constant")} with its checks and messages.
 */
public class ConstantPad2d extends ConstantPadNd {
  public ConstantPad2d(int padding, double value) {
    super(2, padding, value, false);
  }

  public ConstantPad2d(int[] padding, double value) {
    super(padding, value, false);
  }

  /** An integer fill value, printed as PyTorch prints an int. */
  public ConstantPad2d(int padding, int value) {
    super(2, padding, value, true);
  }

  public ConstantPad2d(int[] padding, int value) {
    super(padding, value, true);
  }
}
