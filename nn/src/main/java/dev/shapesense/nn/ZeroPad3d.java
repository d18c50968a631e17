package dev.shapesense.nn;

/**
 * {@code nn.ZeroPad3d}: pads the last 3 dim(s) with zeros; {@code padding} is one int for
 * every side or 6 ints (left, right, top, bottom, front, back). Forward is {@code F.pad(input, padding,
 * "constant")} with its checks and messages.
 */
public class ZeroPad3d extends PadNd {
  public ZeroPad3d(int padding) {
    super(3, padding, "constant", 0.0);
  }

  public ZeroPad3d(int[] padding) {
    super(padding, "constant", 0.0);
  }
}
