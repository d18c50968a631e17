package dev.shapesense.nn;

/**
 * {@code nn.ReflectionPad3d}: pads the last 3 dim(s) with the reflection of the input at its boundary; {@code padding} is one int for
 * every side or 6 ints (left, right, top, bottom, front, back). Forward is {@code F.pad(input, padding,
 * "reflect")} with its checks and messages.
 */
public class ReflectionPad3d extends PadNd {
  public ReflectionPad3d(int padding) {
    super(3, padding, "reflect", null);
  }

  public ReflectionPad3d(int[] padding) {
    super(padding, "reflect", null);
  }
}
