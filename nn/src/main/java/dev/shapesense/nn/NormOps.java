package dev.shapesense.nn;

import dev.shapesense.tensor.Checks;
import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.Truth;
import dev.shapesense.tensor.rules.ActivationRules;
import dev.shapesense.tensor.rules.DropoutRules;
import dev.shapesense.tensor.rules.EmbeddingBagRules;
import dev.shapesense.tensor.rules.EmbeddingRules;
import dev.shapesense.tensor.rules.NormRules;

/**
 * The dropout, normalisation and embedding functions behind {@link F} and their modules: each
 * applies its rule from {@code dev.shapesense.tensor.rules} and returns a tensor of the result's
 * shape and dtype. Optional tensors are null when absent.
 */
final class NormOps {
  private NormOps() {}

  static Tensor dropout(Tensor input, double p, boolean training) {
    return same(DropoutRules.dropout(input.shape(), input.dtype(), p, training), input);
  }

  static Tensor dropout1d(Tensor input, double p, boolean training) {
    return same(DropoutRules.dropout1d(input.shape(), input.dtype(), p, training), input);
  }

  /** Alpha dropout's kernel reports a bool input as Long. */
  static Tensor alphaDropout(Tensor input, double p, boolean training) {
    DropoutRules.dropout(input.shape(), alphaDtype(input.dtype()), p, training);
    return same(input.shape(), input);
  }

  static Tensor featureAlphaDropout(Tensor input, double p, boolean training) {
    DropoutRules.featureDropout(input.shape(), alphaDtype(input.dtype()), p, training);
    return same(input.shape(), input);
  }

  private static DType alphaDtype(DType d) {
    return d == DType.BOOL ? DType.INT64 : d;
  }

  static Tensor featureDropout(Tensor input, double p, boolean training) {
    return same(DropoutRules.featureDropout(input.shape(), input.dtype(), p, training), input);
  }

  static Tensor dropout3d(Tensor input, double p, boolean training) {
    return same(DropoutRules.dropout3d(input.shape(), input.dtype(), p, training), input);
  }

  static Tensor batchNorm(
      Tensor input,
      Tensor runningMean,
      Tensor runningVar,
      Tensor weight,
      Tensor bias,
      boolean training) {
    Shape s =
        NormRules.batchNorm(
            input.shape(),
            shape(runningMean),
            shape(runningVar),
            shape(weight),
            shape(bias),
            training);
    checkBatchNormDtype(input);
    return Tensor.result(s, input.dtype(), input, weight, bias);
  }

  static Tensor instanceNorm(
      Tensor input,
      Tensor runningMean,
      Tensor runningVar,
      Tensor weight,
      Tensor bias,
      boolean useInputStats,
      Double momentum) {
    Shape s =
        NormRules.instanceNorm(
            input.shape(),
            shape(runningMean),
            shape(runningVar),
            shape(weight),
            shape(bias),
            useInputStats,
            momentum);
    checkBatchNormDtype(input);
    return Tensor.result(s, input.dtype(), input, weight, bias);
  }

  /** The batch norm kernel needs floats, unless the input is empty (PyTorch returns early). */
  private static void checkBatchNormDtype(Tensor input) {
    if (input.shape().numel().eq(0) != Truth.TRUE) {
      ActivationRules.floatKernel("batch_norm", input.dtype());
    }
  }

  static Tensor layerNorm(Tensor input, Shape normalizedShape, Tensor weight, Tensor bias) {
    Shape s = NormRules.layerNorm(input.shape(), normalizedShape, shape(weight), shape(bias));
    DType d = ActivationRules.floatKernel("LayerNormKernelImpl", input.dtype());
    return Tensor.result(s, d, input, weight, bias);
  }

  static Tensor groupNorm(Tensor input, long numGroups, Tensor weight, Tensor bias) {
    Shape s = NormRules.groupNorm(input.shape(), numGroups, shape(weight), shape(bias));
    DType d = ActivationRules.floatKernel("GroupNormKernelImpl", input.dtype());
    return Tensor.result(s, d, input, weight, bias);
  }

  static Tensor normalize(Tensor input, long dim) {
    return same(NormRules.normalize(input.shape(), input.dtype(), dim), input);
  }

  static Tensor localResponseNorm(Tensor input) {
    Shape s = NormRules.localResponseNorm(input.shape());
    DType in = input.dtype();
    if (in == DType.BOOL || in == DType.FLOAT16) {
      ActivationRules.floatKernel("avg_pool2d", in);
    }
    return Tensor.result(s, in.isFloatingPoint() ? in : DType.FLOAT32, input);
  }

  static Tensor embedding(Tensor input, Tensor weight, Integer paddingIdx, Double maxNorm) {
    if (paddingIdx != null) {
      Checks.check(
          weight.dim() > 0,
          "IndexError",
          () -> "dimension specified as 0 but tensor has no dimensions");
      EmbeddingRules.paddingIdx(paddingIdx, weight.shape().get(0));
    }
    if (maxNorm != null) {
      EmbeddingRules.renorm(weight.shape(), input.shape(), input.dtype());
    }
    Shape s = EmbeddingRules.embedding(input.shape(), input.dtype(), weight.shape());
    return Tensor.result(s, weight.dtype(), input, weight);
  }

  static Tensor embeddingBag(
      Tensor input,
      Tensor weight,
      Tensor offsets,
      Tensor perSampleWeights,
      EmbeddingBagRules.Options options) {
    Shape s =
        EmbeddingBagRules.embeddingBag(
            arg(input), arg(weight), arg(offsets), arg(perSampleWeights), options);
    DType d =
        weight.dtype() == DType.INT64 && input.dtype().isFloatingPoint()
            ? input.dtype()
            : weight.dtype();
    return Tensor.result(s, d, input, weight, offsets, perSampleWeights);
  }

  private static EmbeddingBagRules.Arg arg(Tensor t) {
    return t == null ? null : new EmbeddingBagRules.Arg(t.shape(), t.dtype());
  }

  private static Tensor same(Shape s, Tensor input) {
    return Tensor.result(s, input.dtype(), input);
  }

  private static Shape shape(Tensor t) {
    return t == null ? null : t.shape();
  }
}
