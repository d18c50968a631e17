package dev.shapesense.nn;

/**
 * {@code nn.ReflectionPad1d}: pads the last 1 dim(s) with the reflection of the input at its boundary; {@code padding} is one int for
 * every side or 2 ints (left, right). Forward is {@code F.pad(input, padding,
 * "reflect")} with its checks and messages.
 */
public class ReflectionPad1d extends PadNd {
  public ReflectionPad1d(int padding) {
    super(1, padding, "reflect", null);
  }

  public ReflectionPad1d(int[] padding) {
    super(padding, "reflect", null);
  }
}
