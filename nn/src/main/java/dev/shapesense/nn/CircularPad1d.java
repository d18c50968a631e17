package dev.shapesense.nn;

/**
 * {@code nn.CircularPad1d}: pads the last 1 dim(s) with the input wrapped around; {@code padding} is one int for
 * every side or 2 ints (left, right). Forward is {@code F.pad(input, padding,
 * "circular")} with its checks and messages.
 */
public class CircularPad1d extends PadNd {
  public CircularPad1d(int padding) {
    super(1, padding, "circular", null);
  }

  public CircularPad1d(int[] padding) {
    super(padding, "circular", null);
  }
}
