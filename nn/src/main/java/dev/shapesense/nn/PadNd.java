package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;
import java.util.Arrays;

/**
 * Base of the padding modules ({@code ConstantPad}, {@code ZeroPad}, {@code ReflectionPad}, {@code
 * ReplicationPad}, {@code CircularPad}, each 1d/2d/3d): {@code padding} is one int for every side
 * or two ints a padded dim, (left, right, top, bottom, front, back) from the last dim on. Forward
 * is {@code F.pad(input, padding, mode, value)} with its checks and messages.
 */
public abstract class PadNd extends Module {
  private final int[] padding;
  private final String mode;
  private final Double value;

  PadNd(int[] padding, String mode, Double value) {
    this.padding = padding.clone();
    this.mode = mode;
    this.value = value;
  }

  /** One int for both sides of each of the last {@code spatial} dims. */
  static int[] sides(int spatial, int padding) {
    int[] out = new int[2 * spatial];
    Arrays.fill(out, padding);
    return out;
  }

  /** The padding as (left, right, top, bottom, front, back), as far as the module pads. */
  public int[] getPadding() {
    return padding.clone();
  }

  public Tensor forward(Tensor input) {
    return fire(F.pad(input, padding, mode, value), input);
  }

  @Override
  protected String extraRepr() {
    return PoolArgs.tuple(padding);
  }
}
