package dev.shapesense.tensor;

import dev.shapesense.tensor.rules.ActivationRules;
import dev.shapesense.tensor.rules.DropoutRules;
import dev.shapesense.tensor.rules.NormRules;
import java.util.List;

/**
 * {@code torch.dropout}, {@code feature_dropout}, {@code layer_norm} and {@code group_norm}: the
 * one implementation of each, which the generated overloads of {@code Tensors} and {@code F} (and
 * the {@code LayerNorm}, {@code GroupNorm} and {@code Dropout} layers, through them) call. The
 * shape rule first, then on CPU the kernel ({@link CpuNormKernels}).
 */
final class NormFunctions {
  private NormFunctions() {}

  /** {@code torch.dropout(input, p, train)}: the shape is kept. */
  static Tensor dropout(Tensor input, double p, boolean train) {
    Shape s = DropoutRules.dropout(input.shape(), input.dtype(), p, train);
    return input.hasData()
        ? CpuNormKernels.dropout(input, s, p, train, 1)
        : Tensor.result(s, input.dtype(), input);
  }

  /** {@code torch.feature_dropout(input, p, train)}: needs a channel dim when it drops. */
  static Tensor featureDropout(Tensor input, double p, boolean train) {
    Shape s = DropoutRules.featureDropout(input.shape(), input.dtype(), p, train);
    if (input.hasData()) {
      int inner = 1;
      for (int k = 2; k < input.dim(); k++) {
        inner *= (int) input.size(k);
      }
      return CpuNormKernels.dropout(input, s, p, train, inner);
    }
    return Tensor.result(s, input.dtype(), input);
  }

  /**
   * {@code torch.layer_norm(input, normalized_shape, weight, bias, eps)}; weight, bias may be null.
   */
  static Tensor layerNorm(
      Tensor input, List<Dim> normalizedShape, Tensor weight, Tensor bias, double eps) {
    Shape ns = Shape.of(normalizedShape);
    Shape s = NormRules.layerNorm(input.shape(), ns, shape(weight), shape(bias));
    DType d = ActivationRules.floatKernel("LayerNormKernelImpl", input.dtype());
    if (input.hasData()) {
      return CpuNormKernels.layerNorm(input, s, (int) ns.numel().value(), weight, bias, eps, d);
    }
    return Tensor.result(s, d, input, weight, bias);
  }

  /** {@code torch.group_norm(input, num_groups, weight, bias, eps)}; weight, bias may be null. */
  static Tensor groupNorm(Tensor input, long numGroups, Tensor weight, Tensor bias, double eps) {
    Shape s = NormRules.groupNorm(input.shape(), numGroups, shape(weight), shape(bias));
    DType d = ActivationRules.floatKernel("GroupNormKernelImpl", input.dtype());
    if (input.hasData()) {
      return CpuNormKernels.groupNorm(input, s, (int) numGroups, weight, bias, eps, d);
    }
    return Tensor.result(s, d, input, weight, bias);
  }

  private static Shape shape(Tensor t) {
    return t == null ? null : t.shape();
  }
}
