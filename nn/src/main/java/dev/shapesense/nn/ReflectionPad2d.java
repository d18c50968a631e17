package dev.shapesense.nn;

/**
 * {@code nn.ReflectionPad2d}: pads the last 2 dim(s) with the reflection of the input at its boundary; {@code padding} is one int for
 * every side or 4 ints (left, right, top, bottom). Forward is {@code F.pad(input, padding,
 * "reflect")} with its checks and messages.
 */
public class ReflectionPad2d extends PadNd {
  public ReflectionPad2d(int padding) {
    super(2, padding, "reflect", null);
  }

  public ReflectionPad2d(int[] padding) {
    super(padding, "reflect", null);
  }
}
