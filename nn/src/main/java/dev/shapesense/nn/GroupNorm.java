package dev.shapesense.nn;

import dev.shapesense.tensor.Checks;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.rules.PythonFloat;

/**
 * {@code nn.GroupNorm}: normalises {@code num_channels} channels (dim 1) in {@code num_groups}
 * groups; {@code num_channels} must be divisible by {@code num_groups} (checked at construction)
 * and the input's dim 1 must equal {@code num_channels}. The output has the input's shape. With
 * {@code affine} it has {@code weight} and {@code bias} of {@code [num_channels]}.
 */
public class GroupNorm extends AffineNormBase {
  private final long numGroups;
  private final long numChannels;

  public GroupNorm(long numGroups, long numChannels) {
    super(Shape.of(checked(numGroups, numChannels)));
    this.numGroups = numGroups;
    this.numChannels = numChannels;
  }

  /** {@code num_channels}, once PyTorch's checks of the two counts have passed. */
  private static long checked(long numGroups, long numChannels) {
    Checks.check(numGroups != 0, "ZeroDivisionError", () -> "integer modulo by zero");
    Checks.check(
        Math.floorMod(numChannels, numGroups) == 0,
        "ValueError",
        () -> "num_channels must be divisible by num_groups");
    return numChannels;
  }

  public GroupNorm(long numGroups, long numChannels, double eps) {
    this(numGroups, numChannels);
    this.eps = eps;
  }

  public GroupNorm(long numGroups, long numChannels, double eps, boolean affine) {
    this(numGroups, numChannels, eps);
    affine(affine);
  }

  public GroupNorm eps(double eps) {
    this.eps = eps;
    return this;
  }

  public GroupNorm affine(boolean affine) {
    setAffine(affine);
    return this;
  }

  public long numGroups() {
    return numGroups;
  }

  /** The channel count ({@code num_channels}) the input's dim 1 must have. */
  public long numChannels() {
    return numChannels;
  }

  public Tensor forward(Tensor input) {
    return fire(NormOps.groupNorm(input, numGroups, weight, bias, eps), input);
  }

  @Override
  protected String extraRepr() {
    return numGroups
        + ", "
        + numChannels
        + ", eps="
        + PythonFloat.repr(eps)
        + ", affine="
        + PythonFloat.repr(affine);
  }
}
