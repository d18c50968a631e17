package dev.shapesense.nn;

/**
 * {@code nn.ZeroPad1d}: pads the last 1 dim(s) with zeros; {@code padding} is one int for
 * every side or 2 ints (left, right). Forward is {@code F.pad(input, padding,
 * "constant")} with its checks and messages.
 */
public class ZeroPad1d extends PadNd {
  public ZeroPad1d(int padding) {
    super(1, padding, "constant", 0.0);
  }

  public ZeroPad1d(int[] padding) {
    super(padding, "constant", 0.0);
  }
}
