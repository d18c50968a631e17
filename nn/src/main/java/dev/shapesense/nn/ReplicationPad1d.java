package dev.shapesense.nn;

/**
 * {@code nn.ReplicationPad1d}: pads the last 1 dim(s) with copies of the input boundary; {@code padding} is one int for
 * every side or 2 ints (left, right). Forward is {@code F.pad(input, padding,
 * "replicate")} with its checks and messages.
 */
public class ReplicationPad1d extends PadNd {
  public ReplicationPad1d(int padding) {
    super(1, padding, "replicate", null);
  }

  public ReplicationPad1d(int[] padding) {
    super(padding, "replicate", null);
  }
}
