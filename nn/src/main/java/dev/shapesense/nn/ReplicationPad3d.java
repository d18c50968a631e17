package dev.shapesense.nn;

/**
 * {@code nn.ReplicationPad3d}: pads the last 3 dim(s) with copies of the input boundary; {@code padding} is one int for
 * every side or 6 ints (left, right, top, bottom, front, back). Forward is {@code F.pad(input, padding,
 * "replicate")} with its checks and messages.
 */
public class ReplicationPad3d extends PadNd {
  public ReplicationPad3d(int padding) {
    super(3, padding, "replicate", null);
  }

  public ReplicationPad3d(int[] padding) {
    super(padding, "replicate", null);
  }
}
