package dev.shapesense.tensor.rules;

import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Shape;

/**
 * Multiply-adds and activation bytes of one call, as torchinfo 1.8.0 counts them (its {@code
 * LayerInfo.calculate_macs} and forward hook), plus the functional matmuls torchinfo does not see.
 * Counts are for the whole tensor, batch included, and symbolic where the shape is. The formulas
 * and their sources are in {@code docs/summary.md}.
 */
public final class CostRules {
  private CostRules() {}

  /**
   * A convolution's {@code weight} or {@code bias} of {@code numel} elements: numel times the batch
   * and the output's spatial dims ({@code prod(output_size[:1] + output_size[2:])}).
   */
  public static Dim conv(Dim numel, Shape output) {
    if (output.rank() == 0) {
      return Dim.of(0);
    }
    Dim n = numel.times(output.get(0));
    for (int i = 2; i < output.rank(); i++) {
      n = n.times(output.get(i));
    }
    return n;
  }

  /**
   * A {@code weight} or {@code bias} of any other layer (Linear, norms, Embedding...): numel times
   * the output's first dim ({@code output_size[0] * numel}), whatever the output's rank.
   */
  public static Dim perBatch(Dim numel, Shape output) {
    return output.rank() == 0 ? Dim.of(0) : numel.times(output.get(0));
  }

  /**
   * A parameter whose name only contains {@code weight} or {@code bias} (a recurrent layer's {@code
   * weight_ih_l0}): numel times the output's first two dims ({@code prod(output_size[:2])}).
   */
  public static Dim perStep(Dim numel, Shape output) {
    Dim n = numel;
    for (int i = 0; i < Math.min(2, output.rank()); i++) {
      n = n.times(output.get(i));
    }
    return n;
  }

  /**
   * A matrix product ({@code matmul}, {@code mm}, {@code bmm}, {@code mv}, {@code dot}) whose first
   * operand is {@code a} and result {@code output}: one multiply-add per output element and
   * contracted element, {@code numel(output) * a[-1]}.
   */
  public static Dim matmul(Shape a, Shape output) {
    return a.rank() == 0 ? Dim.of(0) : output.numel().times(a.get(a.rank() - 1));
  }

  /**
   * {@code F.linear(input, weight, bias)}: {@code numel(output) * in_features}, plus one per output
   * element for the bias, as torchinfo counts a {@code Linear} module on a matrix input.
   */
  public static Dim linear(Shape input, Shape output, boolean bias) {
    Dim n = matmul(input, output);
    return bias ? n.plus(output.numel()) : n;
  }

  /** The bytes of a tensor of {@code shape} and {@code dtype}: {@code numel * element_size()}. */
  public static Dim bytes(Shape shape, DType dtype) {
    return shape.numel().times(dtype.itemSize());
  }
}
