package dev.shapesense.nn;

import dev.shapesense.tensor.Assumptions;
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
    return dev.shapesense.tensor.Tensors.dropout(input, p, training);
  }

  /** {@code F.dropout} with an int {@code p}, reported as Python reports an int. */
  static Tensor dropout(Tensor input, long p, boolean training) {
    DropoutRules.checkProbability((Number) p);
    return dropout(input, (double) p, training);
  }

  static Tensor dropout1d(Tensor input, double p, boolean training) {
    Shape s = DropoutRules.dropout1d(input.shape(), input.dtype(), p, training);
    return input.hasData()
        ? dev.shapesense.tensor.CpuNormKernels.dropout(input, s, p, training, trailing(input, 1))
        : same(s, input);
  }

  /** The number of elements in the last {@code dims} dims: one channel's extent. */
  private static int trailing(Tensor input, int dims) {
    int n = 1;
    for (int k = Math.max(0, input.dim() - dims); k < input.dim(); k++) {
      n *= (int) input.size(k);
    }
    return n;
  }

  /** Alpha dropout's kernel reports a bool input as Long. */
  static Tensor alphaDropout(Tensor input, double p, boolean training) {
    DropoutRules.dropout(input.shape(), alphaDtype(input.dtype()), p, training);
    return input.hasData()
        ? CpuNorm.alphaDropout(input, input.shape(), p, training, 1)
        : same(input.shape(), input);
  }

  static Tensor featureAlphaDropout(Tensor input, double p, boolean training) {
    DropoutRules.featureDropout(input.shape(), alphaDtype(input.dtype()), p, training);
    return input.hasData()
        ? CpuNorm.alphaDropout(input, input.shape(), p, training, trailing(input, input.dim() - 2))
        : same(input.shape(), input);
  }

  private static DType alphaDtype(DType d) {
    return d == DType.BOOL ? DType.INT64 : d;
  }

  static Tensor featureDropout(Tensor input, double p, boolean training) {
    Shape s = DropoutRules.featureDropout(input.shape(), input.dtype(), p, training);
    return input.hasData()
        ? dev.shapesense.tensor.CpuNormKernels.dropout(input, s, p, training, trailing(input, 2))
        : same(s, input);
  }

  static Tensor dropout3d(Tensor input, double p, boolean training) {
    Shape s = DropoutRules.dropout3d(input.shape(), input.dtype(), p, training);
    return input.hasData()
        ? dev.shapesense.tensor.CpuNormKernels.dropout(input, s, p, training, trailing(input, 3))
        : same(s, input);
  }

  static Tensor batchNorm(
      Tensor input,
      Tensor runningMean,
      Tensor runningVar,
      Tensor weight,
      Tensor bias,
      boolean training,
      double momentum,
      double eps) {
    Shape s =
        NormRules.batchNorm(
            input.shape(),
            shape(runningMean),
            shape(runningVar),
            shape(weight),
            shape(bias),
            training);
    checkBatchNormDtype(input);
    if (input.hasData()) {
      return CpuNorm.batchNorm(
          input,
          s,
          new CpuNorm.Params(runningMean, runningVar, weight, bias, momentum, eps),
          training);
    }
    return Tensor.result(s, input.dtype(), input, weight, bias);
  }

  static Tensor instanceNorm(
      Tensor input,
      Tensor runningMean,
      Tensor runningVar,
      Tensor weight,
      Tensor bias,
      boolean useInputStats,
      Double momentum,
      double eps) {
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
    if (input.hasData()) {
      return CpuNorm.instanceNorm(
          input,
          s,
          new CpuNorm.Params(
              runningMean, runningVar, weight, bias, momentum == null ? 0.1 : momentum, eps),
          useInputStats);
    }
    return Tensor.result(s, input.dtype(), input, weight, bias);
  }

  /** The batch norm kernel needs floats, unless the input is empty (PyTorch returns early). */
  private static void checkBatchNormDtype(Tensor input) {
    if (input.shape().numel().eq(0) != Truth.TRUE) {
      ActivationRules.floatKernel("batch_norm", input.dtype());
    }
  }

  static Tensor layerNorm(
      Tensor input, Shape normalizedShape, Tensor weight, Tensor bias, double eps) {
    return dev.shapesense.tensor.Tensors.layerNorm(input, normalizedShape, weight, bias, eps);
  }

  static Tensor groupNorm(Tensor input, long numGroups, Tensor weight, Tensor bias, double eps) {
    return dev.shapesense.tensor.Tensors.groupNorm(input, numGroups, weight, bias, eps);
  }

  static Tensor normalize(Tensor input, double p, long dim, double eps) {
    Shape s = NormRules.normalize(input.shape(), input.dtype(), dim);
    if (!input.hasData()) {
      return same(s, input);
    }
    Tensor norm = input.abs().pow(p).sum(new int[] {(int) dim}, true).pow(1 / p).clampMin(eps);
    return input.div(norm);
  }

  static Tensor localResponseNorm(Tensor input, long size, double alpha, double beta, double k) {
    Shape s = NormRules.localResponseNorm(input.shape());
    DType in = input.dtype();
    if (in == DType.BOOL || in == DType.FLOAT16) {
      ActivationRules.floatKernel("avg_pool2d", in);
    }
    DType d = in.isFloatingPoint() ? in : DType.FLOAT32;
    if (!input.hasData()) {
      return Tensor.result(s, d, input);
    }
    // PyTorch returns an empty input itself, keeping its dtype.
    return input.numel() == 0
        ? input
        : CpuNorm.localResponseNorm(input, s, d, size, alpha, beta, k);
  }

  static Tensor embedding(
      Tensor input, Tensor weight, Integer paddingIdx, Double maxNorm, double normType) {
    Assumptions into = new Assumptions();
    if (paddingIdx != null) {
      Checks.check(
          weight.dim() > 0,
          "IndexError",
          () -> "dimension specified as 0 but tensor has no dimensions");
      EmbeddingRules.paddingIdx(
          paddingIdx, weight.shape().get(0), "Padding_idx must be within num_embeddings", into);
    }
    if (maxNorm != null) {
      EmbeddingRules.renorm(weight.shape(), input.shape(), input.dtype(), into);
    }
    Shape s = EmbeddingRules.embedding(input.shape(), input.dtype(), weight.shape()).assuming(into);
    if (input.hasData()) {
      return dev.shapesense.tensor.CpuNormKernels.embedding(input, weight, s, maxNorm, normType);
    }
    return Tensor.result(s, weight.dtype(), input, weight);
  }

  static Tensor embeddingBag(
      Tensor input,
      Tensor weight,
      Tensor offsets,
      Tensor perSampleWeights,
      EmbeddingBagRules.Options options,
      Double maxNorm,
      double normType) {
    Shape s =
        EmbeddingBagRules.embeddingBag(
            arg(input), arg(weight), arg(offsets), arg(perSampleWeights), options);
    boolean swapped = weight.dtype() == DType.INT64 && input.dtype().isFloatingPoint();
    DType d = swapped ? input.dtype() : weight.dtype();
    if (!input.hasData()) {
      return Tensor.result(s, d, input, weight, offsets, perSampleWeights);
    }
    // The deprecated order embedding_bag(weight, input, ...) is swapped back, as PyTorch does.
    return dev.shapesense.tensor.CpuNormKernels.embeddingBag(
        swapped ? weight : input,
        swapped ? input : weight,
        offsets,
        perSampleWeights,
        s,
        options,
        maxNorm,
        normType);
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
