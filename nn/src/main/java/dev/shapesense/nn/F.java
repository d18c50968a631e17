package dev.shapesense.nn;

import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.Tensor;

/**
 * {@code torch.nn.functional}: PyTorch's functions with lowerCamelCase names ({@code F.max_pool2d}
 * is {@code F.maxPool2d}); optional arguments positional in PyTorch's order, {@code null} where
 * PyTorch's default is {@code None}. The convolutions and pools ({@code conv2d}, {@code maxPool2d},
 * {@code adaptiveAvgPool2d}, ...) are inherited from {@link FGenerated}, generated from the op table
 * with every positional form PyTorch accepts.
 */
public final class F extends FGenerated {
  private F() {}

  /** {@code F.linear(input, weight)}: {@code input @ weight.T}. */
  public static Tensor linear(Tensor input, Tensor weight) {
    return dev.shapesense.tensor.Tensors.linear(input, weight, null);
  }

  /** {@code F.linear(input, weight, bias)}: {@code input @ weight.T + bias}; bias may be null. */
  public static Tensor linear(Tensor input, Tensor weight, Tensor bias) {
    return dev.shapesense.tensor.Tensors.linear(input, weight, bias);
  }

  /** {@code F.bilinear(input1, input2, weight)}. */
  public static Tensor bilinear(Tensor input1, Tensor input2, Tensor weight) {
    return dev.shapesense.tensor.Tensors.bilinear(input1, input2, weight, null);
  }

  /** {@code F.bilinear(input1, input2, weight, bias)}; bias may be null. */
  public static Tensor bilinear(Tensor input1, Tensor input2, Tensor weight, Tensor bias) {
    return dev.shapesense.tensor.Tensors.bilinear(input1, input2, weight, bias);
  }

  // ---- activations -----------------------------------------------------------------------------

  private static double selu(double x) {
    return 1.0507009873554804934193349852946 * ActivationOps.elu(x, 1.6732632423543772848170429916717);
  }

  private static double celu(double x, double alpha) {
    return Math.max(0, x) + Math.min(0, alpha * Math.expm1(x / alpha));
  }

  private static double hardsigmoid(double x) {
    return Math.min(Math.max(x + 3, 0), 6) / 6;
  }

  /**
   * The result of an op called with {@code inplace=True}: on CPU the input's elements are
   * overwritten with it and the input itself is returned, as PyTorch does; on META the result
   * stands (there is nothing to overwrite).
   */
  static Tensor inPlace(Tensor input, Tensor result, boolean inplace) {
    if (!inplace || !input.hasData()) {
      return result;
    }
    input.copy_(result);
    return input;
  }

  public static Tensor relu(Tensor input) {
    return input.relu();
  }

  public static Tensor relu(Tensor input, boolean inplace) {
    return inPlace(input, input.relu(), inplace);
  }

  public static Tensor relu6(Tensor input) {
    return ActivationOps.hardtanh(input, 0, 6);
  }

  public static Tensor relu6(Tensor input, boolean inplace) {
    return inPlace(input, ActivationOps.hardtanh(input, 0, 6), inplace);
  }

  public static Tensor hardtanh(Tensor input) {
    return ActivationOps.hardtanh(input, -1, 1);
  }

  public static Tensor hardtanh(Tensor input, double minVal, double maxVal) {
    return ActivationOps.hardtanh(input, minVal, maxVal);
  }

  public static Tensor hardtanh(Tensor input, double minVal, double maxVal, boolean inplace) {
    return inPlace(input, ActivationOps.hardtanh(input, minVal, maxVal), inplace);
  }

  public static Tensor elu(Tensor input) {
    return ActivationOps.floatOp("elu_cpu", input, x -> ActivationOps.elu(x, 1));
  }

  public static Tensor elu(Tensor input, double alpha) {
    return ActivationOps.floatOp("elu_cpu", input, x -> ActivationOps.elu(x, alpha));
  }

  public static Tensor elu(Tensor input, double alpha, boolean inplace) {
    return inPlace(input, elu(input, alpha), inplace);
  }

  public static Tensor selu(Tensor input) {
    return ActivationOps.floatOp("elu_cpu", input, F::selu);
  }

  public static Tensor selu(Tensor input, boolean inplace) {
    return inPlace(input, ActivationOps.floatOp("elu_cpu", input, F::selu), inplace);
  }

  public static Tensor celu(Tensor input) {
    return ActivationOps.floatOp("elu_cpu", input, x -> celu(x, 1));
  }

  public static Tensor celu(Tensor input, double alpha) {
    return ActivationOps.floatOp("elu_cpu", input, x -> celu(x, alpha));
  }

  public static Tensor celu(Tensor input, double alpha, boolean inplace) {
    return inPlace(input, ActivationOps.floatOp("elu_cpu", input, x -> celu(x, alpha)), inplace);
  }

  public static Tensor leakyRelu(Tensor input) {
    return ActivationOps.floatOp("leaky_relu_cpu", input, x -> x > 0 ? x : x * 0.01);
  }

  public static Tensor leakyRelu(Tensor input, double negativeSlope) {
    return ActivationOps.floatOp("leaky_relu_cpu", input, x -> x > 0 ? x : x * negativeSlope);
  }

  public static Tensor leakyRelu(Tensor input, double negativeSlope, boolean inplace) {
    return inPlace(input, leakyRelu(input, negativeSlope), inplace);
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
    return inPlace(input, ActivationOps.rrelu(input, lower, upper, training), inplace);
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
    return ActivationOps.floatOp("log_sigmoid_cpu", input, x -> Math.min(x, 0) - Math.log1p(Math.exp(-Math.abs(x))));
  }

  public static Tensor hardshrink(Tensor input) {
    return ActivationOps.floatOp("hardshrink_cpu", input, x -> Math.abs(x) > 0.5 ? x : 0);
  }

  public static Tensor hardshrink(Tensor input, double lambd) {
    return ActivationOps.floatOp("hardshrink_cpu", input, x -> Math.abs(x) > lambd ? x : 0);
  }

  public static Tensor tanhshrink(Tensor input) {
    return ActivationOps.tanhshrink(input);
  }

  public static Tensor softsign(Tensor input) {
    return ActivationOps.softsign(input);
  }

  public static Tensor softplus(Tensor input) {
    return ActivationOps.floatOp("softplus_cpu", input, x -> ActivationOps.softplus(x, 1, 20));
  }

  public static Tensor softplus(Tensor input, double beta, double threshold) {
    return ActivationOps.floatOp("softplus_cpu", input, x -> ActivationOps.softplus(x, beta, threshold));
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
    return ActivationOps.floatOp("hardsigmoid_cpu", input, F::hardsigmoid);
  }

  public static Tensor hardsigmoid(Tensor input, boolean inplace) {
    return inPlace(input, ActivationOps.floatOp("hardsigmoid_cpu", input, F::hardsigmoid), inplace);
  }

  public static Tensor silu(Tensor input) {
    return ActivationOps.floatOp("silu_cpu", input, x -> x * ActivationOps.sigmoid(x));
  }

  public static Tensor silu(Tensor input, boolean inplace) {
    return inPlace(input, silu(input), inplace);
  }

  public static Tensor mish(Tensor input) {
    return ActivationOps.floatOp("mish_cpu", input, x -> x * Math.tanh(ActivationOps.softplus(x, 1, 20)));
  }

  public static Tensor mish(Tensor input, boolean inplace) {
    return inPlace(input, mish(input), inplace);
  }

  public static Tensor hardswish(Tensor input) {
    return ActivationOps.floatOp("hardswish_cpu", input, x -> x * hardsigmoid(x));
  }

  public static Tensor hardswish(Tensor input, boolean inplace) {
    return inPlace(input, hardswish(input), inplace);
  }

  public static Tensor threshold(Tensor input, double threshold, double value) {
    return ActivationOps.threshold(input, threshold, value);
  }

  public static Tensor threshold(Tensor input, double threshold, double value, boolean inplace) {
    return inPlace(input, ActivationOps.threshold(input, threshold, value), inplace);
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
    return inPlace(input, NormOps.dropout(input, p, training), inplace);
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
    return inPlace(input, dropout(input, p, training), inplace);
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
    return inPlace(input, NormOps.alphaDropout(input, p, training), inplace);
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
    return inPlace(input, NormOps.featureAlphaDropout(input, p, training), inplace);
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
    return inPlace(input, NormOps.dropout1d(input, p, training), inplace);
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
    return inPlace(input, NormOps.featureDropout(input, p, training), inplace);
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
    return inPlace(input, NormOps.dropout3d(input, p, training), inplace);
  }

  // ---- normalisation ---------------------------------------------------------------------------

  public static Tensor batchNorm(Tensor input, Tensor runningMean, Tensor runningVar) {
    return NormOps.batchNorm(input, runningMean, runningVar, null, null, false, 0.1, 1e-5);
  }

  public static Tensor batchNorm(
      Tensor input, Tensor runningMean, Tensor runningVar, Tensor weight, Tensor bias) {
    return NormOps.batchNorm(input, runningMean, runningVar, weight, bias, false, 0.1, 1e-5);
  }

  public static Tensor batchNorm(
      Tensor input,
      Tensor runningMean,
      Tensor runningVar,
      Tensor weight,
      Tensor bias,
      boolean training) {
    return NormOps.batchNorm(input, runningMean, runningVar, weight, bias, training, 0.1, 1e-5);
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
    return NormOps.batchNorm(
        input, runningMean, runningVar, weight, bias, training, momentum, eps);
  }

  public static Tensor instanceNorm(Tensor input) {
    return NormOps.instanceNorm(input, null, null, null, null, true, 0.1, 1e-5);
  }

  public static Tensor instanceNorm(
      Tensor input,
      Tensor runningMean,
      Tensor runningVar,
      Tensor weight,
      Tensor bias,
      boolean useInputStats) {
    return NormOps.instanceNorm(
        input, runningMean, runningVar, weight, bias, useInputStats, 0.1, 1e-5);
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
        input, runningMean, runningVar, weight, bias, useInputStats, momentum, eps);
  }

  public static Tensor layerNorm(Tensor input, long... normalizedShape) {
    return NormOps.layerNorm(
        input, dev.shapesense.tensor.Shape.of(normalizedShape), null, null, 1e-5);
  }

  public static Tensor layerNorm(Tensor input, int[] normalizedShape) {
    return layerNorm(input, toLongs(normalizedShape));
  }

  public static Tensor layerNorm(Tensor input, long[] normalizedShape, Tensor weight, Tensor bias) {
    return layerNorm(input, normalizedShape, weight, bias, 1e-5);
  }

  public static Tensor layerNorm(Tensor input, int[] normalizedShape, Tensor weight, Tensor bias) {
    return layerNorm(input, toLongs(normalizedShape), weight, bias);
  }

  public static Tensor layerNorm(
      Tensor input, long[] normalizedShape, Tensor weight, Tensor bias, double eps) {
    return NormOps.layerNorm(
        input, dev.shapesense.tensor.Shape.of(normalizedShape), weight, bias, eps);
  }

  public static Tensor layerNorm(
      Tensor input, int[] normalizedShape, Tensor weight, Tensor bias, double eps) {
    return layerNorm(input, toLongs(normalizedShape), weight, bias, eps);
  }

  /** {@code F.layer_norm} with a symbolic {@code normalized_shape}, e.g. {@code x.shape()[-1:]}. */
  public static Tensor layerNorm(
      Tensor input, dev.shapesense.tensor.Shape normalizedShape, Tensor weight, Tensor bias) {
    return NormOps.layerNorm(input, normalizedShape, weight, bias, 1e-5);
  }

  /** {@code F.layer_norm(x, self.normalized_shape, self.weight, self.bias, self.eps)}, as a LayerNorm subclass writes it. */
  public static Tensor layerNorm(
      Tensor input, dev.shapesense.tensor.Shape normalizedShape, Tensor weight, Tensor bias, double eps) {
    return NormOps.layerNorm(input, normalizedShape, weight, bias, eps);
  }

  private static long[] toLongs(int[] a) {
    long[] out = new long[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = a[i];
    }
    return out;
  }

  public static Tensor groupNorm(Tensor input, long numGroups) {
    return NormOps.groupNorm(input, numGroups, null, null, 1e-5);
  }

  public static Tensor groupNorm(Tensor input, long numGroups, Tensor weight, Tensor bias) {
    return NormOps.groupNorm(input, numGroups, weight, bias, 1e-5);
  }

  public static Tensor groupNorm(
      Tensor input, long numGroups, Tensor weight, Tensor bias, double eps) {
    return NormOps.groupNorm(input, numGroups, weight, bias, eps);
  }

  /** {@code F.normalize(input)}: L2-normalises along dim 1; the shape is kept. */
  public static Tensor normalize(Tensor input) {
    return NormOps.normalize(input, 2, 1, 1e-12);
  }

  public static Tensor normalize(Tensor input, double p) {
    return NormOps.normalize(input, p, 1, 1e-12);
  }

  public static Tensor normalize(Tensor input, double p, int dim) {
    return NormOps.normalize(input, p, dim, 1e-12);
  }

  public static Tensor normalize(Tensor input, double p, int dim, double eps) {
    return NormOps.normalize(input, p, dim, eps);
  }

  /** {@code F.local_response_norm(input, size)}: alpha 1e-4, beta 0.75, k 1. */
  public static Tensor localResponseNorm(Tensor input, long size) {
    return NormOps.localResponseNorm(input, size, 1e-4, 0.75, 1.0);
  }

  public static Tensor localResponseNorm(
      Tensor input, long size, double alpha, double beta, double k) {
    return NormOps.localResponseNorm(input, size, alpha, beta, k);
  }

  // ---- embedding -------------------------------------------------------------------------------

  /** {@code F.embedding(input, weight)}: {@code input.shape + [weight.size(1)]}. */
  public static Tensor embedding(Tensor input, Tensor weight) {
    return NormOps.embedding(input, weight, null, null, 2.0);
  }

  public static Tensor embedding(Tensor input, Tensor weight, Integer paddingIdx) {
    return NormOps.embedding(input, weight, paddingIdx, null, 2.0);
  }

  public static Tensor embedding(Tensor input, Tensor weight, Integer paddingIdx, Double maxNorm) {
    return NormOps.embedding(input, weight, paddingIdx, maxNorm, 2.0);
  }

  public static Tensor embedding(
      Tensor input,
      Tensor weight,
      Integer paddingIdx,
      Double maxNorm,
      double normType,
      boolean scaleGradByFreq,
      boolean sparse) {
    return NormOps.embedding(input, weight, paddingIdx, maxNorm, normType);
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
    return NormOps.embeddingBag(
        input, weight, offsets, perSampleWeights, options, maxNorm, normType);
  }

  // ---- padding and resampling ------------------------------------------------------------------

  /** {@code F.pad(input, pad, mode="constant", value=None)}. */
  public static Tensor pad(Tensor input, int[] pad, String mode, Double value) {
    dev.shapesense.tensor.Shape s =
        dev.shapesense.tensor.rules.PadRules.pad(
            input.shape(), input.dtype(), PoolArgs.longs(pad), mode, value);
    if (input.hasData()) {
      return dev.shapesense.tensor.CpuConv.pad(
          input, s, PoolArgs.longs(pad), mode == null ? "constant" : mode,
          value == null ? 0 : value);
    }
    return Tensor.result(s, input.dtype(), input);
  }

  public static Tensor pad(Tensor input, int[] pad, String mode) {
    return pad(input, pad, mode, null);
  }

  public static Tensor pad(Tensor input, int... pad) {
    return pad(input, pad, "constant", null);
  }

  private static Tensor interp(
      Tensor input,
      int[] size,
      boolean sizeScalar,
      Double scale,
      String mode,
      Boolean alignCorners,
      Boolean recompute,
      boolean antialias) {
    dev.shapesense.tensor.Shape s =
        dev.shapesense.tensor.rules.ResampleRules.interpolate(
            input.shape(),
            input.dtype(),
            size == null ? null : PoolArgs.longs(size),
            sizeScalar,
            scale == null ? null : new double[] {scale},
            true,
            mode,
            alignCorners,
            recompute,
            antialias);
    if (input.hasData()) {
      return Upsample.cpu(
          input, s, mode, alignCorners, scale == null ? null : new double[] {scale}, recompute,
          antialias);
    }
    return Tensor.result(s, input.dtype(), input);
  }

  /**
   * {@code F.interpolate(input, size=None, scale_factor=None, mode="nearest", align_corners=None,
   * recompute_scale_factor=None, antialias=False)} with a tuple (or null) size.
   */
  public static Tensor interpolate(
      Tensor input,
      int[] size,
      Double scaleFactor,
      String mode,
      Boolean alignCorners,
      Boolean recomputeScaleFactor,
      boolean antialias) {
    return interp(
        input, size, false, scaleFactor, mode, alignCorners, recomputeScaleFactor, antialias);
  }

  public static Tensor interpolate(
      Tensor input,
      int[] size,
      Double scaleFactor,
      String mode,
      Boolean alignCorners,
      Boolean recomputeScaleFactor) {
    return interpolate(input, size, scaleFactor, mode, alignCorners, recomputeScaleFactor, false);
  }

  public static Tensor interpolate(
      Tensor input, int[] size, Double scaleFactor, String mode, Boolean alignCorners) {
    return interpolate(input, size, scaleFactor, mode, alignCorners, null, false);
  }

  public static Tensor interpolate(Tensor input, int[] size, Double scaleFactor, String mode) {
    return interpolate(input, size, scaleFactor, mode, null, null, false);
  }

  public static Tensor interpolate(Tensor input, int[] size, Double scaleFactor) {
    return interpolate(input, size, scaleFactor, "nearest", null, null, false);
  }

  public static Tensor interpolate(Tensor input, int[] size) {
    return interpolate(input, size, null, "nearest", null, null, false);
  }

  /** As above with one size for every spatial dim. */
  public static Tensor interpolate(
      Tensor input,
      int size,
      Double scaleFactor,
      String mode,
      Boolean alignCorners,
      Boolean recomputeScaleFactor,
      boolean antialias) {
    return interp(
        input,
        new int[] {size},
        true,
        scaleFactor,
        mode,
        alignCorners,
        recomputeScaleFactor,
        antialias);
  }

  public static Tensor interpolate(
      Tensor input,
      int size,
      Double scaleFactor,
      String mode,
      Boolean alignCorners,
      Boolean recomputeScaleFactor) {
    return interpolate(input, size, scaleFactor, mode, alignCorners, recomputeScaleFactor, false);
  }

  public static Tensor interpolate(
      Tensor input, int size, Double scaleFactor, String mode, Boolean alignCorners) {
    return interpolate(input, size, scaleFactor, mode, alignCorners, null, false);
  }

  public static Tensor interpolate(Tensor input, int size, Double scaleFactor, String mode) {
    return interpolate(input, size, scaleFactor, mode, null, null, false);
  }

  public static Tensor interpolate(Tensor input, int size, Double scaleFactor) {
    return interpolate(input, size, scaleFactor, "nearest", null, null, false);
  }

  public static Tensor interpolate(Tensor input, int size) {
    return interpolate(input, size, null, "nearest", null, null, false);
  }

  /** Without size or scale factor: PyTorch's ValueError. */
  public static Tensor interpolate(Tensor input) {
    return interpolate(input, null, null, "nearest", null, null, false);
  }

  /** {@code F.interpolate} with one scale factor per spatial dim. */
  public static Tensor interpolateScales(
      Tensor input, double[] scaleFactor, String mode, Boolean alignCorners) {
    dev.shapesense.tensor.Shape s =
        dev.shapesense.tensor.rules.ResampleRules.interpolate(
            input.shape(),
            input.dtype(),
            null,
            false,
            scaleFactor,
            false,
            mode,
            alignCorners,
            null,
            false);
    if (input.hasData()) {
      return Upsample.cpu(input, s, mode, alignCorners, scaleFactor, null, false);
    }
    return Tensor.result(s, input.dtype(), input);
  }

  /** {@code F.pixel_shuffle(input, upscale_factor)}. */
  public static Tensor pixelShuffle(Tensor input, int upscaleFactor) {
    dev.shapesense.tensor.Shape s =
        dev.shapesense.tensor.rules.ResampleRules.pixelShuffle(input.shape(), upscaleFactor);
    if (!input.hasData()) {
      return Tensor.result(s, input.dtype(), input);
    }
    // [*, C r r, H, W] -> [*, C, r, r, H, W] -> [*, C, H, r, W, r] -> the rule's shape.
    int lead = input.dim() - 3;
    long r = upscaleFactor;
    long c = input.size(-3) / (r * r);
    Tensor t = input.reshape(shuffleSizes(input, lead, c, r, r, input.size(-2), input.size(-1)));
    return t.permute(shufflePerm(lead, 0, 3, 1, 4, 2)).reshape(s);
  }

  /** The first {@code lead} sizes of {@code x}, then {@code rest}. */
  private static long[] shuffleSizes(Tensor x, int lead, long... rest) {
    long[] out = new long[lead + rest.length];
    for (int i = 0; i < lead; i++) {
      out[i] = x.size(i);
    }
    System.arraycopy(rest, 0, out, lead, rest.length);
    return out;
  }

  /** Identity over the first {@code lead} dims, then {@code rest} shifted past them. */
  private static int[] shufflePerm(int lead, int... rest) {
    int[] out = new int[lead + rest.length];
    for (int i = 0; i < lead; i++) {
      out[i] = i;
    }
    for (int i = 0; i < rest.length; i++) {
      out[lead + i] = lead + rest[i];
    }
    return out;
  }

  /** {@code F.pixel_unshuffle(input, downscale_factor)}. */
  public static Tensor pixelUnshuffle(Tensor input, int downscaleFactor) {
    dev.shapesense.tensor.Shape s =
        dev.shapesense.tensor.rules.ResampleRules.pixelUnshuffle(input.shape(), downscaleFactor);
    if (!input.hasData()) {
      return Tensor.result(s, input.dtype(), input);
    }
    // [*, C, H r, W r] -> [*, C, H, r, W, r] -> [*, C, r, r, H, W] -> the rule's shape.
    int lead = input.dim() - 3;
    long r = downscaleFactor;
    Tensor t =
        input.reshape(
            shuffleSizes(input, lead, input.size(-3), input.size(-2) / r, r, input.size(-1) / r, r));
    return t.permute(shufflePerm(lead, 0, 2, 4, 1, 3)).reshape(s);
  }

  /**
   * {@code F.multi_head_attention_forward} with its required arguments: query {@code [L, N, E]}
   * (or {@code [L, E]}), packed {@code in_proj_weight [3E, E]}; returns output and averaged
   * weights.
   */
  public static MultiheadAttention.Output multiHeadAttentionForward(
      Tensor query, Tensor key, Tensor value, long embedDimToCheck, long numHeads,
      Tensor inProjWeight, Tensor inProjBias, Tensor biasK, Tensor biasV, boolean addZeroAttn,
      double dropoutP, Tensor outProjWeight, Tensor outProjBias) {
    return multiHeadAttentionForward(
        query, key, value, embedDimToCheck, numHeads, inProjWeight, inProjBias, biasK, biasV,
        addZeroAttn, dropoutP, outProjWeight, outProjBias, true, null, true, null, false, null,
        null, null);
  }

  /** As above, with training, key_padding_mask, need_weights and attn_mask. */
  public static MultiheadAttention.Output multiHeadAttentionForward(
      Tensor query, Tensor key, Tensor value, long embedDimToCheck, long numHeads,
      Tensor inProjWeight, Tensor inProjBias, Tensor biasK, Tensor biasV, boolean addZeroAttn,
      double dropoutP, Tensor outProjWeight, Tensor outProjBias, boolean training,
      Tensor keyPaddingMask, boolean needWeights, Tensor attnMask) {
    return multiHeadAttentionForward(
        query, key, value, embedDimToCheck, numHeads, inProjWeight, inProjBias, biasK, biasV,
        addZeroAttn, dropoutP, outProjWeight, outProjBias, training, keyPaddingMask, needWeights,
        attnMask, false, null, null, null);
  }

  /** As above, with separate projection weights (static_k/static_v are not supported). */
  public static MultiheadAttention.Output multiHeadAttentionForward(
      Tensor query, Tensor key, Tensor value, long embedDimToCheck, long numHeads,
      Tensor inProjWeight, Tensor inProjBias, Tensor biasK, Tensor biasV, boolean addZeroAttn,
      double dropoutP, Tensor outProjWeight, Tensor outProjBias, boolean training,
      Tensor keyPaddingMask, boolean needWeights, Tensor attnMask,
      boolean useSeparateProjWeight, Tensor qProjWeight, Tensor kProjWeight, Tensor vProjWeight) {
    var r =
        dev.shapesense.tensor.rules.AttentionRules.multiHeadAttentionForward(
            mhaArg(query), mhaArg(key), mhaArg(value),
            new dev.shapesense.tensor.rules.AttentionRules.Aliasing(query == key, key == value),
            embedDimToCheck, numHeads,
            new dev.shapesense.tensor.rules.AttentionRules.Weights(
                mhaArg(inProjWeight), mhaArg(inProjBias), mhaArg(qProjWeight),
                mhaArg(kProjWeight), mhaArg(vProjWeight), mhaArg(biasK), mhaArg(biasV),
                mhaArg(outProjWeight), mhaArg(outProjBias)),
            addZeroAttn, mhaArg(keyPaddingMask), needWeights, mhaArg(attnMask),
            useSeparateProjWeight, true);
    if (query.hasData()) {
      Tensor[] t =
          CpuAttention.forward(
              query, key, value, numHeads,
              new CpuAttention.Weights(
                  useSeparateProjWeight ? null : inProjWeight, inProjBias, qProjWeight,
                  kProjWeight, vProjWeight, biasK, biasV, outProjWeight, outProjBias),
              addZeroAttn, dropoutP, training, keyPaddingMask, needWeights, attnMask, true,
              r.output(), r.weights());
      return new MultiheadAttention.Output(t[0], t[1]);
    }
    Tensor[] in = {query, key, value, keyPaddingMask, attnMask};
    return new MultiheadAttention.Output(
        Tensor.result(r.output(), query.dtype(), in),
        r.weights() == null ? null : Tensor.result(r.weights(), query.dtype(), in));
  }

  private static dev.shapesense.tensor.rules.AttentionRules.Arg mhaArg(Tensor t) {
    return t == null ? null : new dev.shapesense.tensor.rules.AttentionRules.Arg(t.shape(), t.dtype());
  }
}
