package dev.shapesense.nn;

/**
 * {@code nn.CircularPad2d}: pads the last 2 dim(s) with the input wrapped around; {@code padding} is one int for
 * every side or 4 ints (left, right, top, bottom). Forward is {@code F.pad(input, padding,
 * "circular")} with its checks and messages.
 */
public class CircularPad2d extends PadNd {
  public CircularPad2d(int padding) {
    super(2, padding, "circular", null);
  }

  public CircularPad2d(int[] padding) {
    super(padding, "circular", null);
  }
}
