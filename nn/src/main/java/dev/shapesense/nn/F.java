package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;

/**
 * {@code torch.nn.functional}: PyTorch's functions with lowerCamelCase names ({@code F.max_pool2d}
 * is {@code F.maxPool2d}); optional arguments positional in PyTorch's order, {@code null} where
 * PyTorch's default is {@code None}.
 */
public final class F {
  private F() {}

  // ==== views, reshaping and indexing (A) ====

  // ==== end A ====


  // ==== element-wise math, broadcasting, linear algebra, reductions (B1) ====

  // ==== end B1 ====


  // ==== activations, softmax, dropout, normalisation, embedding (B2) ====

  // ---- activations -----------------------------------------------------------------------------

  public static Tensor relu(Tensor input) {
    return input.relu();
  }

  public static Tensor relu(Tensor input, boolean inplace) {
    return input.relu();
  }

  public static Tensor relu6(Tensor input) {
    return ActivationOps.hardtanh(input);
  }

  public static Tensor relu6(Tensor input, boolean inplace) {
    return ActivationOps.hardtanh(input);
  }

  public static Tensor hardtanh(Tensor input) {
    return ActivationOps.hardtanh(input);
  }

  public static Tensor hardtanh(Tensor input, double minVal, double maxVal) {
    return ActivationOps.hardtanh(input);
  }

  public static Tensor hardtanh(Tensor input, double minVal, double maxVal, boolean inplace) {
    return ActivationOps.hardtanh(input);
  }

  public static Tensor elu(Tensor input) {
    return ActivationOps.floatOp("elu_cpu", input);
  }

  public static Tensor elu(Tensor input, double alpha) {
    return ActivationOps.floatOp("elu_cpu", input);
  }

  public static Tensor elu(Tensor input, double alpha, boolean inplace) {
    return ActivationOps.floatOp("elu_cpu", input);
  }

  public static Tensor selu(Tensor input) {
    return ActivationOps.floatOp("elu_cpu", input);
  }

  public static Tensor selu(Tensor input, boolean inplace) {
    return ActivationOps.floatOp("elu_cpu", input);
  }

  public static Tensor celu(Tensor input) {
    return ActivationOps.floatOp("elu_cpu", input);
  }

  public static Tensor celu(Tensor input, double alpha) {
    return ActivationOps.floatOp("elu_cpu", input);
  }

  public static Tensor celu(Tensor input, double alpha, boolean inplace) {
    return ActivationOps.floatOp("elu_cpu", input);
  }

  public static Tensor leakyRelu(Tensor input) {
    return ActivationOps.floatOp("leaky_relu_cpu", input);
  }

  public static Tensor leakyRelu(Tensor input, double negativeSlope) {
    return ActivationOps.floatOp("leaky_relu_cpu", input);
  }

  public static Tensor leakyRelu(Tensor input, double negativeSlope, boolean inplace) {
    return ActivationOps.floatOp("leaky_relu_cpu", input);
  }

  public static Tensor prelu(Tensor input, Tensor weight) {
    return ActivationOps.prelu(input, weight);
  }

  public static Tensor rrelu(Tensor input) {
    return rrelu(input, 1.0 / 8, 1.0 / 3);
  }

  public static Tensor rrelu(Tensor input, double lower, double upper) {
    return ActivationOps.rrelu(input, lower, upper, false);
  }

  public static Tensor rrelu(Tensor input, double lower, double upper, boolean training) {
    return ActivationOps.rrelu(input, lower, upper, training);
  }

  public static Tensor rrelu(
      Tensor input, double lower, double upper, boolean training, boolean inplace) {
    return ActivationOps.rrelu(input, lower, upper, training);
  }

  public static Tensor glu(Tensor input) {
    return ActivationOps.glu(input, -1);
  }

  public static Tensor glu(Tensor input, int dim) {
    return ActivationOps.glu(input, dim);
  }

  public static Tensor gelu(Tensor input) {
    return ActivationOps.gelu(input, "none");
  }

  /** {@code F.gelu(input, approximate='none'|'tanh')}. */
  public static Tensor gelu(Tensor input, String approximate) {
    return ActivationOps.gelu(input, approximate);
  }

  public static Tensor logsigmoid(Tensor input) {
    return ActivationOps.floatOp("log_sigmoid_cpu", input);
  }

  public static Tensor hardshrink(Tensor input) {
    return ActivationOps.floatOp("hardshrink_cpu", input);
  }

  public static Tensor hardshrink(Tensor input, double lambd) {
    return ActivationOps.floatOp("hardshrink_cpu", input);
  }

  public static Tensor tanhshrink(Tensor input) {
    return ActivationOps.tanhshrink(input);
  }

  public static Tensor softsign(Tensor input) {
    return ActivationOps.softsign(input);
  }

  public static Tensor softplus(Tensor input) {
    return ActivationOps.floatOp("softplus_cpu", input);
  }

  public static Tensor softplus(Tensor input, double beta, double threshold) {
    return ActivationOps.floatOp("softplus_cpu", input);
  }

  public static Tensor softshrink(Tensor input) {
    return ActivationOps.softshrink(input, 0.5);
  }

  public static Tensor softshrink(Tensor input, double lambd) {
    return ActivationOps.softshrink(input, lambd);
  }

  public static Tensor tanh(Tensor input) {
    return input.tanh();
  }

  public static Tensor sigmoid(Tensor input) {
    return input.sigmoid();
  }

  public static Tensor hardsigmoid(Tensor input) {
    return ActivationOps.floatOp("hardsigmoid_cpu", input);
  }

  public static Tensor hardsigmoid(Tensor input, boolean inplace) {
    return ActivationOps.floatOp("hardsigmoid_cpu", input);
  }

  public static Tensor silu(Tensor input) {
    return ActivationOps.floatOp("silu_cpu", input);
  }

  public static Tensor silu(Tensor input, boolean inplace) {
    return ActivationOps.floatOp("silu_cpu", input);
  }

  public static Tensor mish(Tensor input) {
    return ActivationOps.floatOp("mish_cpu", input);
  }

  public static Tensor mish(Tensor input, boolean inplace) {
    return ActivationOps.floatOp("mish_cpu", input);
  }

  public static Tensor hardswish(Tensor input) {
    return ActivationOps.floatOp("hardswish_cpu", input);
  }

  public static Tensor hardswish(Tensor input, boolean inplace) {
    return ActivationOps.floatOp("hardswish_cpu", input);
  }

  public static Tensor threshold(Tensor input, double threshold, double value) {
    return ActivationOps.threshold(input);
  }

  public static Tensor threshold(Tensor input, double threshold, double value, boolean inplace) {
    return ActivationOps.threshold(input);
  }

  // ---- softmax ---------------------------------------------------------------------------------

  /** {@code F.softmax(input)}: PyTorch's implicit dim (0 for 0-, 1- and 3-d input, else 1). */
  public static Tensor softmax(Tensor input) {
    return ActivationOps.softmax(input, null, null, false);
  }

  public static Tensor softmax(Tensor input, Integer dim) {
    return ActivationOps.softmax(input, dim, null, false);
  }

  public static Tensor softmax(Tensor input, Integer dim, dev.shapesense.tensor.DType dtype) {
    return ActivationOps.softmax(input, dim, dtype, false);
  }

  public static Tensor logSoftmax(Tensor input) {
    return ActivationOps.softmax(input, null, null, true);
  }

  public static Tensor logSoftmax(Tensor input, Integer dim) {
    return ActivationOps.softmax(input, dim, null, true);
  }

  public static Tensor logSoftmax(Tensor input, Integer dim, dev.shapesense.tensor.DType dtype) {
    return ActivationOps.softmax(input, dim, dtype, true);
  }

  /** {@code F.softmin}: {@code softmax(-input)}. */
  public static Tensor softmin(Tensor input) {
    return ActivationOps.softmin(input, null, null);
  }

  public static Tensor softmin(Tensor input, Integer dim) {
    return ActivationOps.softmin(input, dim, null);
  }

  public static Tensor softmin(Tensor input, Integer dim, dev.shapesense.tensor.DType dtype) {
    return ActivationOps.softmin(input, dim, dtype);
  }

  // ---- dropout ---------------------------------------------------------------------------------

  public static Tensor dropout(Tensor input) {
    return NormOps.dropout(input, 0.5, true);
  }

  public static Tensor dropout(Tensor input, double p) {
    return NormOps.dropout(input, p, true);
  }

  public static Tensor dropout(Tensor input, double p, boolean training) {
    return NormOps.dropout(input, p, training);
  }

  public static Tensor dropout(Tensor input, double p, boolean training, boolean inplace) {
    return NormOps.dropout(input, p, training);
  }

  /** {@code F.dropout} with an int {@code p}, reported as Python reports an int. */
  public static Tensor dropout(Tensor input, long p) {
    return dropout(input, p, true);
  }

  public static Tensor dropout(Tensor input, long p, boolean training) {
    dev.shapesense.tensor.rules.DropoutRules.checkProbability((Number) p);
    return NormOps.dropout(input, p, training);
  }

  public static Tensor dropout(Tensor input, long p, boolean training, boolean inplace) {
    return dropout(input, p, training);
  }

  public static Tensor alphaDropout(Tensor input) {
    return NormOps.alphaDropout(input, 0.5, false);
  }

  public static Tensor alphaDropout(Tensor input, double p) {
    return NormOps.alphaDropout(input, p, false);
  }

  public static Tensor alphaDropout(Tensor input, double p, boolean training) {
    return NormOps.alphaDropout(input, p, training);
  }

  public static Tensor alphaDropout(Tensor input, double p, boolean training, boolean inplace) {
    return NormOps.alphaDropout(input, p, training);
  }

  public static Tensor featureAlphaDropout(Tensor input) {
    return NormOps.featureAlphaDropout(input, 0.5, false);
  }

  public static Tensor featureAlphaDropout(Tensor input, double p) {
    return NormOps.featureAlphaDropout(input, p, false);
  }

  public static Tensor featureAlphaDropout(Tensor input, double p, boolean training) {
    return NormOps.featureAlphaDropout(input, p, training);
  }

  public static Tensor featureAlphaDropout(
      Tensor input, double p, boolean training, boolean inplace) {
    return NormOps.featureAlphaDropout(input, p, training);
  }

  public static Tensor dropout1d(Tensor input) {
    return NormOps.dropout1d(input, 0.5, true);
  }

  public static Tensor dropout1d(Tensor input, double p) {
    return NormOps.dropout1d(input, p, true);
  }

  public static Tensor dropout1d(Tensor input, double p, boolean training) {
    return NormOps.dropout1d(input, p, training);
  }

  public static Tensor dropout1d(Tensor input, double p, boolean training, boolean inplace) {
    return NormOps.dropout1d(input, p, training);
  }

  public static Tensor dropout2d(Tensor input) {
    return NormOps.featureDropout(input, 0.5, true);
  }

  public static Tensor dropout2d(Tensor input, double p) {
    return NormOps.featureDropout(input, p, true);
  }

  public static Tensor dropout2d(Tensor input, double p, boolean training) {
    return NormOps.featureDropout(input, p, training);
  }

  public static Tensor dropout2d(Tensor input, double p, boolean training, boolean inplace) {
    return NormOps.featureDropout(input, p, training);
  }

  public static Tensor dropout3d(Tensor input) {
    return NormOps.dropout3d(input, 0.5, true);
  }

  public static Tensor dropout3d(Tensor input, double p) {
    return NormOps.dropout3d(input, p, true);
  }

  public static Tensor dropout3d(Tensor input, double p, boolean training) {
    return NormOps.dropout3d(input, p, training);
  }

  public static Tensor dropout3d(Tensor input, double p, boolean training, boolean inplace) {
    return NormOps.dropout3d(input, p, training);
  }

  // ---- normalisation ---------------------------------------------------------------------------

  public static Tensor batchNorm(Tensor input, Tensor runningMean, Tensor runningVar) {
    return NormOps.batchNorm(input, runningMean, runningVar, null, null, false);
  }

  public static Tensor batchNorm(
      Tensor input, Tensor runningMean, Tensor runningVar, Tensor weight, Tensor bias) {
    return NormOps.batchNorm(input, runningMean, runningVar, weight, bias, false);
  }

  public static Tensor batchNorm(
      Tensor input,
      Tensor runningMean,
      Tensor runningVar,
      Tensor weight,
      Tensor bias,
      boolean training) {
    return NormOps.batchNorm(input, runningMean, runningVar, weight, bias, training);
  }

  public static Tensor batchNorm(
      Tensor input,
      Tensor runningMean,
      Tensor runningVar,
      Tensor weight,
      Tensor bias,
      boolean training,
      double momentum,
      double eps) {
    return NormOps.batchNorm(input, runningMean, runningVar, weight, bias, training);
  }

  public static Tensor instanceNorm(Tensor input) {
    return NormOps.instanceNorm(input, null, null, null, null, true, 0.1);
  }

  public static Tensor instanceNorm(
      Tensor input,
      Tensor runningMean,
      Tensor runningVar,
      Tensor weight,
      Tensor bias,
      boolean useInputStats) {
    return NormOps.instanceNorm(input, runningMean, runningVar, weight, bias, useInputStats, 0.1);
  }

  public static Tensor instanceNorm(
      Tensor input,
      Tensor runningMean,
      Tensor runningVar,
      Tensor weight,
      Tensor bias,
      boolean useInputStats,
      double momentum,
      double eps) {
    return NormOps.instanceNorm(
        input, runningMean, runningVar, weight, bias, useInputStats, momentum);
  }

  public static Tensor layerNorm(Tensor input, long... normalizedShape) {
    return NormOps.layerNorm(input, dev.shapesense.tensor.Shape.of(normalizedShape), null, null);
  }

  public static Tensor layerNorm(Tensor input, int[] normalizedShape) {
    return layerNorm(input, toLongs(normalizedShape));
  }

  public static Tensor layerNorm(Tensor input, long[] normalizedShape, Tensor weight, Tensor bias) {
    return NormOps.layerNorm(input, dev.shapesense.tensor.Shape.of(normalizedShape), weight, bias);
  }

  public static Tensor layerNorm(Tensor input, int[] normalizedShape, Tensor weight, Tensor bias) {
    return layerNorm(input, toLongs(normalizedShape), weight, bias);
  }

  public static Tensor layerNorm(
      Tensor input, long[] normalizedShape, Tensor weight, Tensor bias, double eps) {
    return layerNorm(input, normalizedShape, weight, bias);
  }

  public static Tensor layerNorm(
      Tensor input, int[] normalizedShape, Tensor weight, Tensor bias, double eps) {
    return layerNorm(input, toLongs(normalizedShape), weight, bias);
  }

  /** {@code F.layer_norm} with a symbolic {@code normalized_shape}, e.g. {@code x.shape()[-1:]}. */
  public static Tensor layerNorm(
      Tensor input, dev.shapesense.tensor.Shape normalizedShape, Tensor weight, Tensor bias) {
    return NormOps.layerNorm(input, normalizedShape, weight, bias);
  }

  private static long[] toLongs(int[] a) {
    long[] out = new long[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = a[i];
    }
    return out;
  }

  public static Tensor groupNorm(Tensor input, long numGroups) {
    return NormOps.groupNorm(input, numGroups, null, null);
  }

  public static Tensor groupNorm(Tensor input, long numGroups, Tensor weight, Tensor bias) {
    return NormOps.groupNorm(input, numGroups, weight, bias);
  }

  public static Tensor groupNorm(
      Tensor input, long numGroups, Tensor weight, Tensor bias, double eps) {
    return NormOps.groupNorm(input, numGroups, weight, bias);
  }

  /** {@code F.normalize(input)}: L2-normalises along dim 1; the shape is kept. */
  public static Tensor normalize(Tensor input) {
    return NormOps.normalize(input, 1);
  }

  public static Tensor normalize(Tensor input, double p) {
    return NormOps.normalize(input, 1);
  }

  public static Tensor normalize(Tensor input, double p, int dim) {
    return NormOps.normalize(input, dim);
  }

  public static Tensor normalize(Tensor input, double p, int dim, double eps) {
    return NormOps.normalize(input, dim);
  }

  public static Tensor localResponseNorm(Tensor input, long size) {
    return NormOps.localResponseNorm(input);
  }

  public static Tensor localResponseNorm(
      Tensor input, long size, double alpha, double beta, double k) {
    return NormOps.localResponseNorm(input);
  }

  // ---- embedding -------------------------------------------------------------------------------

  /** {@code F.embedding(input, weight)}: {@code input.shape + [weight.size(1)]}. */
  public static Tensor embedding(Tensor input, Tensor weight) {
    return NormOps.embedding(input, weight, null, null);
  }

  public static Tensor embedding(Tensor input, Tensor weight, Integer paddingIdx) {
    return NormOps.embedding(input, weight, paddingIdx, null);
  }

  public static Tensor embedding(Tensor input, Tensor weight, Integer paddingIdx, Double maxNorm) {
    return NormOps.embedding(input, weight, paddingIdx, maxNorm);
  }

  public static Tensor embedding(
      Tensor input,
      Tensor weight,
      Integer paddingIdx,
      Double maxNorm,
      double normType,
      boolean scaleGradByFreq,
      boolean sparse) {
    return NormOps.embedding(input, weight, paddingIdx, maxNorm);
  }

  /** {@code F.embedding_bag(input, weight)}: a 2-d input {@code [B, N]} gives {@code [B, dim]}. */
  public static Tensor embeddingBag(Tensor input, Tensor weight) {
    return embeddingBag(input, weight, null);
  }

  public static Tensor embeddingBag(Tensor input, Tensor weight, Tensor offsets) {
    return embeddingBag(input, weight, offsets, null, 2.0, false, "mean");
  }

  public static Tensor embeddingBag(
      Tensor input,
      Tensor weight,
      Tensor offsets,
      Double maxNorm,
      double normType,
      boolean scaleGradByFreq,
      String mode) {
    return embeddingBag(
        input, weight, offsets, maxNorm, normType, scaleGradByFreq, mode, false, null, false, null);
  }

  public static Tensor embeddingBag(
      Tensor input,
      Tensor weight,
      Tensor offsets,
      Double maxNorm,
      double normType,
      boolean scaleGradByFreq,
      String mode,
      boolean sparse,
      Tensor perSampleWeights,
      boolean includeLastOffset,
      Integer paddingIdx) {
    var options =
        new dev.shapesense.tensor.rules.EmbeddingBagRules.Options(
            maxNorm != null, scaleGradByFreq, mode, sparse, includeLastOffset, paddingIdx);
    return NormOps.embeddingBag(input, weight, offsets, perSampleWeights, options);
  }

  // ==== end B2 ====


  // ==== convolutions (C1) ====

  // ==== end C1 ====


  // ==== pooling, padding, resampling (C2) ====

  // ==== end C2 ====


  // ==== recurrent layers and attention (D) ====

  // ==== end D ====

}
