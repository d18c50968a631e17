package dev.shapesense.nn;

/**
 * {@code nn.ZeroPad2d}: pads the last 2 dim(s) with zeros; {@code padding} is one int for
 * every side or 4 ints (left, right, top, bottom). Forward is {@code F.pad(input, padding,
 * "constant")} with its checks and messages.
 */
public class ZeroPad2d extends PadNd {
  public ZeroPad2d(int padding) {
    super(2, padding, "constant", 0.0);
  }

  public ZeroPad2d(int[] padding) {
    super(padding, "constant", 0.0);
  }
}
