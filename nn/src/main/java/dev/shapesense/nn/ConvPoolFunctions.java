package dev.shapesense.nn;

import dev.shapesense.tensor.CpuPool;
import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.rules.AdaptivePoolRules;
import java.util.Arrays;
import java.util.function.BiFunction;

/**
 * The implementations behind {@code F}'s pools, in one canonical form each: every tuple argument a
 * list ({@code int[]}; null for None), every default filled in. The overloads users call are
 * generated from the op table into {@link FGenerated}; each converts its arguments and calls one of
 * these (the convolutions call {@code Tensors.convNd} and {@code convTransposeNd}). Each computes
 * the shape with its rule, then on CPU fills it with its kernel.
 */
final class ConvPoolFunctions {
  private ConvPoolFunctions() {}

  /**
   * {@code F.max_pool1d/2d/3d}; a null stride is the kernel size. {@code output} makes the result
   * of the output and the indices ({@link #outputOnly}, or the pool's {@code Output} record for
   * {@code return_indices=True}); on META the indices are an int64 tensor of the output's shape.
   */
  static <O> O maxPool(
      int spatial,
      MaxPoolNd.Rule rule,
      Tensor input,
      int[] kernelSize,
      int[] stride,
      int[] padding,
      int[] dilation,
      boolean ceilMode,
      BiFunction<Tensor, Tensor, O> output) {
    Shape s = MaxPoolNd.shape(rule, input, kernelSize, stride, padding, dilation, ceilMode);
    if (input.hasData()) {
      Tensor[] out =
          CpuPool.maxPool(
              spatial,
              input,
              s,
              PoolArgs.longs(kernelSize),
              PoolArgs.longs(stride),
              PoolArgs.longs(padding),
              PoolArgs.longs(dilation));
      return output.apply(out[0], out[1]);
    }
    Tensor out = Tensor.result(s, input.dtype(), input);
    return output.apply(out, Tensor.result(s, DType.INT64, out));
  }

  /** {@code F.avg_pool1d/2d/3d}; a null stride is the kernel size, a null divisor the window's. */
  static Tensor avgPool(
      int spatial,
      AvgPoolNd.Rule rule,
      Tensor input,
      int[] kernelSize,
      int[] stride,
      int[] padding,
      boolean ceilMode,
      boolean countIncludePad,
      Integer divisorOverride) {
    Shape s = AvgPoolNd.shape(rule, input, kernelSize, stride, padding, ceilMode, divisorOverride);
    if (input.hasData()) {
      return CpuPool.avgPool(
          spatial,
          input,
          s,
          PoolArgs.longs(kernelSize),
          PoolArgs.longs(stride),
          PoolArgs.longs(padding),
          countIncludePad,
          divisorOverride == null ? null : (long) divisorOverride);
    }
    return Tensor.result(s, input.dtype(), input);
  }

  /** {@code F.lp_pool1d}: PyTorch's average pool of {@code x^p}, finished on CPU. */
  static Tensor lpPool1d(
      Tensor input, double normType, int kernelSize, int[] stride, boolean ceilMode) {
    int[] k = {kernelSize};
    Tensor x = input.hasData() ? input.pow(normType) : input;
    Tensor avg = avgPool(1, AvgPool1d.RULE, x, k, stride, new int[] {0}, ceilMode, true, null);
    return input.hasData() ? lpFinish(avg, normType, k, 1) : avg;
  }

  /** {@code F.lp_pool2d}. */
  static Tensor lpPool2d(
      Tensor input, double normType, int[] kernelSize, int[] stride, boolean ceilMode) {
    Tensor x = input.hasData() ? input.pow(normType) : input;
    Tensor avg =
        avgPool(
            2,
            dev.shapesense.tensor.rules.AvgPoolRules::avgPool2d,
            x,
            kernelSize,
            stride,
            new int[] {0},
            ceilMode,
            true,
            null);
    return input.hasData() ? lpFinish(avg, normType, kernelSize, 2) : avg;
  }

  /**
   * {@code lp_pool}'s last step on CPU: {@code (sign(a) * relu(|a|) * window) ^ (1 / p)} of the
   * average {@code a} of {@code x^p} over a window of {@code window} elements.
   */
  static Tensor lpFinish(Tensor avg, double normType, int[] kernelSize, int spatial) {
    long window = 1;
    for (int i = 0; i < spatial; i++) {
      window *= kernelSize[kernelSize.length == 1 ? 0 : i];
    }
    return avg.sign().mul(avg.abs().relu()).mul(window).pow(1 / normType);
  }

  /**
   * {@code F.adaptive_avg_pool1d/2d/3d} and {@code F.adaptive_max_pool1d/2d/3d} to {@code sizes}
   * ({@link #outputSize}); {@code output} makes the result of the output and the indices.
   */
  static <O> O adaptivePool(
      int spatial,
      boolean max,
      AdaptivePoolNd.Rule rule,
      Tensor input,
      Dim[] sizes,
      BiFunction<Tensor, Tensor, O> output) {
    Shape s = rule.apply(input.shape(), input.dtype(), sizes);
    if (input.hasData()) {
      Tensor[] out = CpuPool.adaptivePool(spatial, input, s, max);
      return output.apply(out[0], out[1]);
    }
    Tensor out = Tensor.result(s, input.dtype(), input);
    return output.apply(out, Tensor.result(s, DType.INT64, out));
  }

  /** An adaptive pool's output size given as one int: the size of every pooled dim. */
  static Dim[] outputSize(int spatial, Tensor input, int outputSize) {
    Dim[] sizes = new Dim[spatial];
    Arrays.fill(sizes, Dim.of(outputSize));
    return sizes;
  }

  /**
   * A tuple output size: the 1-d pools pass it on as it is; the 2-d and 3-d ones through PyTorch's
   * {@code _list_with_default}, which needs a batch or channel dim before it.
   */
  static Dim[] outputSize(int spatial, Tensor input, int[] outputSize) {
    if (spatial > 1) {
      return outputSize(spatial, input, AdaptivePoolNd.boxed(outputSize));
    }
    Dim[] sizes = new Dim[outputSize.length];
    for (int i = 0; i < sizes.length; i++) {
      sizes[i] = Dim.of(outputSize[i]);
    }
    return sizes;
  }

  /** A tuple output size that may hold None (null): that dim keeps the input's size. */
  static Dim[] outputSize(int spatial, Tensor input, Integer[] outputSize) {
    return AdaptivePoolRules.listWithDefault(input.shape(), outputSize);
  }

  /** The result of a pool called without {@code return_indices}. */
  static Tensor outputOnly(Tensor output, Tensor indices) {
    return output;
  }
}
