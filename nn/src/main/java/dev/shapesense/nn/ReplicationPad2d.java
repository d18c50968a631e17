package dev.shapesense.nn;

/**
 * {@code nn.ReplicationPad2d}: pads the last 2 dim(s) with copies of the input boundary; {@code padding} is one int for
 * every side or 4 ints (left, right, top, bottom). Forward is {@code F.pad(input, padding,
 * "replicate")} with its checks and messages.
 */
public class ReplicationPad2d extends PadNd {
  public ReplicationPad2d(int padding) {
    super(2, padding, "replicate", null);
  }

  public ReplicationPad2d(int[] padding) {
    super(padding, "replicate", null);
  }
}
