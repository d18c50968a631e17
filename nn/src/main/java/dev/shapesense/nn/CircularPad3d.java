package dev.shapesense.nn;

/**
 * {@code nn.CircularPad3d}: pads the last 3 dim(s) with the input wrapped around; {@code padding} is one int for
 * every side or 6 ints (left, right, top, bottom, front, back). Forward is {@code F.pad(input, padding,
 * "circular")} with its checks and messages.
 */
public class CircularPad3d extends PadNd {
  public CircularPad3d(int padding) {
    super(3, padding, "circular", null);
  }

  public CircularPad3d(int[] padding) {
    super(padding, "circular", null);
  }
}
