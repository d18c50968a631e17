package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;

/**
 * {@code torch.nn.functional}: PyTorch's functions with lowerCamelCase names ({@code F.max_pool2d}
 * is {@code F.maxPool2d}); optional arguments positional in PyTorch's order, {@code null} where
 * PyTorch's default is {@code None}.
 */
public final class F {
  private F() {}

  // ---- activations -----------------------------------------------------------------------------

  public static Tensor relu(Tensor input) {
    return input.relu();
  }

  public static Tensor relu(Tensor input, boolean inplace) {
    return input.relu();
  }

  // ==== views, reshaping and indexing (A) ====

  // ==== end A ====


  // ==== element-wise math, broadcasting, linear algebra, reductions (B1) ====

  // ==== end B1 ====


  // ==== activations, softmax, dropout, normalisation, embedding (B2) ====

  // ==== end B2 ====


  // ==== convolutions (C1) ====

  // ==== end C1 ====


  // ==== pooling, padding, resampling (C2) ====

  // ---- pooling -----------------------------------------------------------------------------

  private static int[] one(int v) {
    return new int[] {v};
  }

  /** {@code F.max_pool1d(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False)}. */
  public static Tensor maxPool1d(
      Tensor input, int[] kernelSize, int[] stride, int[] padding, int[] dilation, boolean ceilMode) {
    dev.shapesense.tensor.Shape s =
        dev.shapesense.tensor.rules.MaxPoolRules.maxPool1d(
            input.shape(),
            input.dtype(),
            PoolArgs.longs(kernelSize),
            PoolArgs.longs(stride),
            PoolArgs.longs(padding),
            PoolArgs.longs(dilation),
            ceilMode);
    return Tensor.result(s, input.dtype(), input);
  }

  public static Tensor maxPool1d(Tensor input, int[] kernelSize, int[] stride, int[] padding, int[] dilation) {
    return maxPool1d(input, kernelSize, stride, padding, dilation, false);
  }

  public static Tensor maxPool1d(Tensor input, int[] kernelSize, int[] stride, int[] padding) {
    return maxPool1d(input, kernelSize, stride, padding, one(1), false);
  }

  public static Tensor maxPool1d(Tensor input, int[] kernelSize, int[] stride) {
    return maxPool1d(input, kernelSize, stride, one(0), one(1), false);
  }

  public static Tensor maxPool1d(Tensor input, int... kernelSize) {
    return maxPool1d(input, kernelSize, null, one(0), one(1), false);
  }

  public static Tensor maxPool1d(Tensor input, int kernelSize, int stride) {
    return maxPool1d(input, one(kernelSize), one(stride), one(0), one(1), false);
  }

  public static Tensor maxPool1d(Tensor input, int kernelSize, int stride, int padding) {
    return maxPool1d(input, one(kernelSize), one(stride), one(padding), one(1), false);
  }

  public static Tensor maxPool1d(Tensor input, int kernelSize, int stride, int padding, int dilation) {
    return maxPool1d(input, one(kernelSize), one(stride), one(padding), one(dilation), false);
  }

  public static Tensor maxPool1d(
      Tensor input, int kernelSize, int stride, int padding, int dilation, boolean ceilMode) {
    return maxPool1d(input, one(kernelSize), one(stride), one(padding), one(dilation), ceilMode);
  }

  /** {@code F.max_pool1d(..., return_indices=True)}: output and int64 indices. */
  public static MaxPool1d.Output maxPool1dWithIndices(
      Tensor input, int[] kernelSize, int[] stride, int[] padding, int[] dilation, boolean ceilMode) {
    dev.shapesense.tensor.Shape s =
        dev.shapesense.tensor.rules.MaxPoolRules.maxPool1dWithIndices(
            input.shape(),
            input.dtype(),
            PoolArgs.longs(kernelSize),
            PoolArgs.longs(stride),
            PoolArgs.longs(padding),
            PoolArgs.longs(dilation),
            ceilMode);
    Tensor out = Tensor.result(s, input.dtype(), input);
    return new MaxPool1d.Output(out, Tensor.result(s, dev.shapesense.tensor.DType.INT64, out));
  }

  public static MaxPool1d.Output maxPool1dWithIndices(Tensor input, int[] kernelSize, int[] stride, int[] padding, int[] dilation) {
    return maxPool1dWithIndices(input, kernelSize, stride, padding, dilation, false);
  }

  public static MaxPool1d.Output maxPool1dWithIndices(Tensor input, int[] kernelSize, int[] stride, int[] padding) {
    return maxPool1dWithIndices(input, kernelSize, stride, padding, one(1), false);
  }

  public static MaxPool1d.Output maxPool1dWithIndices(Tensor input, int[] kernelSize, int[] stride) {
    return maxPool1dWithIndices(input, kernelSize, stride, one(0), one(1), false);
  }

  public static MaxPool1d.Output maxPool1dWithIndices(Tensor input, int... kernelSize) {
    return maxPool1dWithIndices(input, kernelSize, null, one(0), one(1), false);
  }


  /** {@code F.max_pool2d(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False)}. */
  public static Tensor maxPool2d(
      Tensor input, int[] kernelSize, int[] stride, int[] padding, int[] dilation, boolean ceilMode) {
    dev.shapesense.tensor.Shape s =
        dev.shapesense.tensor.rules.MaxPoolRules.maxPool2d(
            input.shape(),
            input.dtype(),
            PoolArgs.longs(kernelSize),
            PoolArgs.longs(stride),
            PoolArgs.longs(padding),
            PoolArgs.longs(dilation),
            ceilMode);
    return Tensor.result(s, input.dtype(), input);
  }

  public static Tensor maxPool2d(Tensor input, int[] kernelSize, int[] stride, int[] padding, int[] dilation) {
    return maxPool2d(input, kernelSize, stride, padding, dilation, false);
  }

  public static Tensor maxPool2d(Tensor input, int[] kernelSize, int[] stride, int[] padding) {
    return maxPool2d(input, kernelSize, stride, padding, one(1), false);
  }

  public static Tensor maxPool2d(Tensor input, int[] kernelSize, int[] stride) {
    return maxPool2d(input, kernelSize, stride, one(0), one(1), false);
  }

  public static Tensor maxPool2d(Tensor input, int... kernelSize) {
    return maxPool2d(input, kernelSize, null, one(0), one(1), false);
  }

  public static Tensor maxPool2d(Tensor input, int kernelSize, int stride) {
    return maxPool2d(input, one(kernelSize), one(stride), one(0), one(1), false);
  }

  public static Tensor maxPool2d(Tensor input, int kernelSize, int stride, int padding) {
    return maxPool2d(input, one(kernelSize), one(stride), one(padding), one(1), false);
  }

  public static Tensor maxPool2d(Tensor input, int kernelSize, int stride, int padding, int dilation) {
    return maxPool2d(input, one(kernelSize), one(stride), one(padding), one(dilation), false);
  }

  public static Tensor maxPool2d(
      Tensor input, int kernelSize, int stride, int padding, int dilation, boolean ceilMode) {
    return maxPool2d(input, one(kernelSize), one(stride), one(padding), one(dilation), ceilMode);
  }

  /** {@code F.max_pool2d(..., return_indices=True)}: output and int64 indices. */
  public static MaxPool2d.Output maxPool2dWithIndices(
      Tensor input, int[] kernelSize, int[] stride, int[] padding, int[] dilation, boolean ceilMode) {
    dev.shapesense.tensor.Shape s =
        dev.shapesense.tensor.rules.MaxPoolRules.maxPool2d(
            input.shape(),
            input.dtype(),
            PoolArgs.longs(kernelSize),
            PoolArgs.longs(stride),
            PoolArgs.longs(padding),
            PoolArgs.longs(dilation),
            ceilMode);
    Tensor out = Tensor.result(s, input.dtype(), input);
    return new MaxPool2d.Output(out, Tensor.result(s, dev.shapesense.tensor.DType.INT64, out));
  }

  public static MaxPool2d.Output maxPool2dWithIndices(Tensor input, int[] kernelSize, int[] stride, int[] padding, int[] dilation) {
    return maxPool2dWithIndices(input, kernelSize, stride, padding, dilation, false);
  }

  public static MaxPool2d.Output maxPool2dWithIndices(Tensor input, int[] kernelSize, int[] stride, int[] padding) {
    return maxPool2dWithIndices(input, kernelSize, stride, padding, one(1), false);
  }

  public static MaxPool2d.Output maxPool2dWithIndices(Tensor input, int[] kernelSize, int[] stride) {
    return maxPool2dWithIndices(input, kernelSize, stride, one(0), one(1), false);
  }

  public static MaxPool2d.Output maxPool2dWithIndices(Tensor input, int... kernelSize) {
    return maxPool2dWithIndices(input, kernelSize, null, one(0), one(1), false);
  }


  /** {@code F.max_pool3d(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False)}. */
  public static Tensor maxPool3d(
      Tensor input, int[] kernelSize, int[] stride, int[] padding, int[] dilation, boolean ceilMode) {
    dev.shapesense.tensor.Shape s =
        dev.shapesense.tensor.rules.MaxPoolRules.maxPool3d(
            input.shape(),
            input.dtype(),
            PoolArgs.longs(kernelSize),
            PoolArgs.longs(stride),
            PoolArgs.longs(padding),
            PoolArgs.longs(dilation),
            ceilMode);
    return Tensor.result(s, input.dtype(), input);
  }

  public static Tensor maxPool3d(Tensor input, int[] kernelSize, int[] stride, int[] padding, int[] dilation) {
    return maxPool3d(input, kernelSize, stride, padding, dilation, false);
  }

  public static Tensor maxPool3d(Tensor input, int[] kernelSize, int[] stride, int[] padding) {
    return maxPool3d(input, kernelSize, stride, padding, one(1), false);
  }

  public static Tensor maxPool3d(Tensor input, int[] kernelSize, int[] stride) {
    return maxPool3d(input, kernelSize, stride, one(0), one(1), false);
  }

  public static Tensor maxPool3d(Tensor input, int... kernelSize) {
    return maxPool3d(input, kernelSize, null, one(0), one(1), false);
  }

  public static Tensor maxPool3d(Tensor input, int kernelSize, int stride) {
    return maxPool3d(input, one(kernelSize), one(stride), one(0), one(1), false);
  }

  public static Tensor maxPool3d(Tensor input, int kernelSize, int stride, int padding) {
    return maxPool3d(input, one(kernelSize), one(stride), one(padding), one(1), false);
  }

  public static Tensor maxPool3d(Tensor input, int kernelSize, int stride, int padding, int dilation) {
    return maxPool3d(input, one(kernelSize), one(stride), one(padding), one(dilation), false);
  }

  public static Tensor maxPool3d(
      Tensor input, int kernelSize, int stride, int padding, int dilation, boolean ceilMode) {
    return maxPool3d(input, one(kernelSize), one(stride), one(padding), one(dilation), ceilMode);
  }

  /** {@code F.max_pool3d(..., return_indices=True)}: output and int64 indices. */
  public static MaxPool3d.Output maxPool3dWithIndices(
      Tensor input, int[] kernelSize, int[] stride, int[] padding, int[] dilation, boolean ceilMode) {
    dev.shapesense.tensor.Shape s =
        dev.shapesense.tensor.rules.MaxPoolRules.maxPool3d(
            input.shape(),
            input.dtype(),
            PoolArgs.longs(kernelSize),
            PoolArgs.longs(stride),
            PoolArgs.longs(padding),
            PoolArgs.longs(dilation),
            ceilMode);
    Tensor out = Tensor.result(s, input.dtype(), input);
    return new MaxPool3d.Output(out, Tensor.result(s, dev.shapesense.tensor.DType.INT64, out));
  }

  public static MaxPool3d.Output maxPool3dWithIndices(Tensor input, int[] kernelSize, int[] stride, int[] padding, int[] dilation) {
    return maxPool3dWithIndices(input, kernelSize, stride, padding, dilation, false);
  }

  public static MaxPool3d.Output maxPool3dWithIndices(Tensor input, int[] kernelSize, int[] stride, int[] padding) {
    return maxPool3dWithIndices(input, kernelSize, stride, padding, one(1), false);
  }

  public static MaxPool3d.Output maxPool3dWithIndices(Tensor input, int[] kernelSize, int[] stride) {
    return maxPool3dWithIndices(input, kernelSize, stride, one(0), one(1), false);
  }

  public static MaxPool3d.Output maxPool3dWithIndices(Tensor input, int... kernelSize) {
    return maxPool3dWithIndices(input, kernelSize, null, one(0), one(1), false);
  }


  /** {@code F.avg_pool1d(input, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True)}. */
  public static Tensor avgPool1d(
      Tensor input,
      int[] kernelSize,
      int[] stride,
      int[] padding,
      boolean ceilMode,
      boolean countIncludePad) {
    dev.shapesense.tensor.Shape s =
        dev.shapesense.tensor.rules.AvgPoolRules.avgPool1d(
            input.shape(),
            input.dtype(),
            PoolArgs.longs(kernelSize),
            PoolArgs.longs(stride),
            PoolArgs.longs(padding),
            ceilMode);
    return Tensor.result(s, input.dtype(), input);
  }

  public static Tensor avgPool1d(Tensor input, int[] kernelSize, int[] stride, int[] padding, boolean ceilMode) {
    return avgPool1d(input, kernelSize, stride, padding, ceilMode, true);
  }

  public static Tensor avgPool1d(Tensor input, int[] kernelSize, int[] stride, int[] padding) {
    return avgPool1d(input, kernelSize, stride, padding, false, true);
  }

  public static Tensor avgPool1d(Tensor input, int[] kernelSize, int[] stride) {
    return avgPool1d(input, kernelSize, stride, one(0), false, true);
  }

  public static Tensor avgPool1d(Tensor input, int... kernelSize) {
    return avgPool1d(input, kernelSize, null, one(0), false, true);
  }

  public static Tensor avgPool1d(Tensor input, int kernelSize, int stride) {
    return avgPool1d(input, one(kernelSize), one(stride), one(0), false, true);
  }

  public static Tensor avgPool1d(Tensor input, int kernelSize, int stride, int padding) {
    return avgPool1d(input, one(kernelSize), one(stride), one(padding), false, true);
  }


  /** {@code F.avg_pool2d(input, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True, divisor_override=None)}. */
  public static Tensor avgPool2d(
      Tensor input,
      int[] kernelSize,
      int[] stride,
      int[] padding,
      boolean ceilMode,
      boolean countIncludePad, Integer divisorOverride) {
    dev.shapesense.tensor.Shape s =
        dev.shapesense.tensor.rules.AvgPoolRules.avgPool2d(
            input.shape(),
            input.dtype(),
            PoolArgs.longs(kernelSize),
            PoolArgs.longs(stride),
            PoolArgs.longs(padding),
            ceilMode, divisorOverride == null ? null : (long) divisorOverride);
    return Tensor.result(s, input.dtype(), input);
  }

  public static Tensor avgPool2d(
      Tensor input, int[] kernelSize, int[] stride, int[] padding, boolean ceilMode, boolean countIncludePad) {
    return avgPool2d(input, kernelSize, stride, padding, ceilMode, countIncludePad, null);
  }

  public static Tensor avgPool2d(Tensor input, int[] kernelSize, int[] stride, int[] padding, boolean ceilMode) {
    return avgPool2d(input, kernelSize, stride, padding, ceilMode, true, null);
  }

  public static Tensor avgPool2d(Tensor input, int[] kernelSize, int[] stride, int[] padding) {
    return avgPool2d(input, kernelSize, stride, padding, false, true, null);
  }

  public static Tensor avgPool2d(Tensor input, int[] kernelSize, int[] stride) {
    return avgPool2d(input, kernelSize, stride, one(0), false, true, null);
  }

  public static Tensor avgPool2d(Tensor input, int... kernelSize) {
    return avgPool2d(input, kernelSize, null, one(0), false, true, null);
  }

  public static Tensor avgPool2d(Tensor input, int kernelSize, int stride) {
    return avgPool2d(input, one(kernelSize), one(stride), one(0), false, true, null);
  }

  public static Tensor avgPool2d(Tensor input, int kernelSize, int stride, int padding) {
    return avgPool2d(input, one(kernelSize), one(stride), one(padding), false, true, null);
  }


  /** {@code F.avg_pool3d(input, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True, divisor_override=None)}. */
  public static Tensor avgPool3d(
      Tensor input,
      int[] kernelSize,
      int[] stride,
      int[] padding,
      boolean ceilMode,
      boolean countIncludePad, Integer divisorOverride) {
    dev.shapesense.tensor.Shape s =
        dev.shapesense.tensor.rules.AvgPoolRules.avgPool3d(
            input.shape(),
            input.dtype(),
            PoolArgs.longs(kernelSize),
            PoolArgs.longs(stride),
            PoolArgs.longs(padding),
            ceilMode, divisorOverride == null ? null : (long) divisorOverride);
    return Tensor.result(s, input.dtype(), input);
  }

  public static Tensor avgPool3d(
      Tensor input, int[] kernelSize, int[] stride, int[] padding, boolean ceilMode, boolean countIncludePad) {
    return avgPool3d(input, kernelSize, stride, padding, ceilMode, countIncludePad, null);
  }

  public static Tensor avgPool3d(Tensor input, int[] kernelSize, int[] stride, int[] padding, boolean ceilMode) {
    return avgPool3d(input, kernelSize, stride, padding, ceilMode, true, null);
  }

  public static Tensor avgPool3d(Tensor input, int[] kernelSize, int[] stride, int[] padding) {
    return avgPool3d(input, kernelSize, stride, padding, false, true, null);
  }

  public static Tensor avgPool3d(Tensor input, int[] kernelSize, int[] stride) {
    return avgPool3d(input, kernelSize, stride, one(0), false, true, null);
  }

  public static Tensor avgPool3d(Tensor input, int... kernelSize) {
    return avgPool3d(input, kernelSize, null, one(0), false, true, null);
  }

  public static Tensor avgPool3d(Tensor input, int kernelSize, int stride) {
    return avgPool3d(input, one(kernelSize), one(stride), one(0), false, true, null);
  }

  public static Tensor avgPool3d(Tensor input, int kernelSize, int stride, int padding) {
    return avgPool3d(input, one(kernelSize), one(stride), one(padding), false, true, null);
  }


  /** {@code F.adaptive_avg_pool1d(input, output_size)}. */
  public static Tensor adaptiveAvgPool1d(Tensor input, int... outputSize) {
    dev.shapesense.tensor.Dim[] o = new dev.shapesense.tensor.Dim[outputSize.length];
    for (int i = 0; i < o.length; i++) {
      o[i] = dev.shapesense.tensor.Dim.of(outputSize[i]);
    }
    return Tensor.result(dev.shapesense.tensor.rules.AdaptivePoolRules.adaptiveAvgPool1d(input.shape(), input.dtype(), o), input.dtype(), input);
  }

  /** {@code F.adaptive_avg_pool2d(input, output_size)} with one size for every dim. */
  public static Tensor adaptiveAvgPool2d(Tensor input, int outputSize) {
    dev.shapesense.tensor.Dim[] o = new dev.shapesense.tensor.Dim[2];
    java.util.Arrays.fill(o, dev.shapesense.tensor.Dim.of(outputSize));
    return Tensor.result(dev.shapesense.tensor.rules.AdaptivePoolRules.adaptiveAvgPool2d(input.shape(), input.dtype(), o), input.dtype(), input);
  }

  /** A tuple output size that may hold null (None: keep the input's size). */
  public static Tensor adaptiveAvgPool2d(Tensor input, Integer[] outputSize) {
    dev.shapesense.tensor.Dim[] o = dev.shapesense.tensor.rules.AdaptivePoolRules.listWithDefault(input.shape(), outputSize);
    return Tensor.result(dev.shapesense.tensor.rules.AdaptivePoolRules.adaptiveAvgPool2d(input.shape(), input.dtype(), o), input.dtype(), input);
  }

  public static Tensor adaptiveAvgPool2d(Tensor input, int[] outputSize) {
    Integer[] o = new Integer[outputSize.length];
    for (int i = 0; i < o.length; i++) {
      o[i] = outputSize[i];
    }
    return adaptiveAvgPool2d(input, o);
  }

  /** {@code F.adaptive_avg_pool3d(input, output_size)} with one size for every dim. */
  public static Tensor adaptiveAvgPool3d(Tensor input, int outputSize) {
    dev.shapesense.tensor.Dim[] o = new dev.shapesense.tensor.Dim[3];
    java.util.Arrays.fill(o, dev.shapesense.tensor.Dim.of(outputSize));
    return Tensor.result(dev.shapesense.tensor.rules.AdaptivePoolRules.adaptiveAvgPool3d(input.shape(), input.dtype(), o), input.dtype(), input);
  }

  /** A tuple output size that may hold null (None: keep the input's size). */
  public static Tensor adaptiveAvgPool3d(Tensor input, Integer[] outputSize) {
    dev.shapesense.tensor.Dim[] o = dev.shapesense.tensor.rules.AdaptivePoolRules.listWithDefault(input.shape(), outputSize);
    return Tensor.result(dev.shapesense.tensor.rules.AdaptivePoolRules.adaptiveAvgPool3d(input.shape(), input.dtype(), o), input.dtype(), input);
  }

  public static Tensor adaptiveAvgPool3d(Tensor input, int[] outputSize) {
    Integer[] o = new Integer[outputSize.length];
    for (int i = 0; i < o.length; i++) {
      o[i] = outputSize[i];
    }
    return adaptiveAvgPool3d(input, o);
  }

  /** {@code F.adaptive_max_pool1d(input, output_size)}. */
  public static Tensor adaptiveMaxPool1d(Tensor input, int... outputSize) {
    dev.shapesense.tensor.Dim[] o = new dev.shapesense.tensor.Dim[outputSize.length];
    for (int i = 0; i < o.length; i++) {
      o[i] = dev.shapesense.tensor.Dim.of(outputSize[i]);
    }
    return Tensor.result(dev.shapesense.tensor.rules.AdaptivePoolRules.adaptiveMaxPool1d(input.shape(), input.dtype(), o), input.dtype(), input);
  }

  /** {@code F.adaptive_max_pool1d(..., return_indices=True)}. */
  public static AdaptiveMaxPool1d.Output adaptiveMaxPool1dWithIndices(Tensor input, int... outputSize) {
    Tensor out = adaptiveMaxPool1d(input, outputSize);
    return new AdaptiveMaxPool1d.Output(out, Tensor.result(out.shape(), dev.shapesense.tensor.DType.INT64, out));
  }

  /** {@code F.adaptive_max_pool2d(input, output_size)} with one size for every dim. */
  public static Tensor adaptiveMaxPool2d(Tensor input, int outputSize) {
    dev.shapesense.tensor.Dim[] o = new dev.shapesense.tensor.Dim[2];
    java.util.Arrays.fill(o, dev.shapesense.tensor.Dim.of(outputSize));
    return Tensor.result(dev.shapesense.tensor.rules.AdaptivePoolRules.adaptiveMaxPool2d(input.shape(), input.dtype(), o), input.dtype(), input);
  }

  /** A tuple output size that may hold null (None: keep the input's size). */
  public static Tensor adaptiveMaxPool2d(Tensor input, Integer[] outputSize) {
    dev.shapesense.tensor.Dim[] o = dev.shapesense.tensor.rules.AdaptivePoolRules.listWithDefault(input.shape(), outputSize);
    return Tensor.result(dev.shapesense.tensor.rules.AdaptivePoolRules.adaptiveMaxPool2d(input.shape(), input.dtype(), o), input.dtype(), input);
  }

  public static Tensor adaptiveMaxPool2d(Tensor input, int[] outputSize) {
    Integer[] o = new Integer[outputSize.length];
    for (int i = 0; i < o.length; i++) {
      o[i] = outputSize[i];
    }
    return adaptiveMaxPool2d(input, o);
  }

  /** {@code F.adaptive_max_pool2d(..., return_indices=True)}. */
  public static AdaptiveMaxPool2d.Output adaptiveMaxPool2dWithIndices(Tensor input, Integer[] outputSize) {
    Tensor out = adaptiveMaxPool2d(input, outputSize);
    return new AdaptiveMaxPool2d.Output(out, Tensor.result(out.shape(), dev.shapesense.tensor.DType.INT64, out));
  }

  public static AdaptiveMaxPool2d.Output adaptiveMaxPool2dWithIndices(Tensor input, int outputSize) {
    Tensor out = adaptiveMaxPool2d(input, outputSize);
    return new AdaptiveMaxPool2d.Output(out, Tensor.result(out.shape(), dev.shapesense.tensor.DType.INT64, out));
  }

  public static AdaptiveMaxPool2d.Output adaptiveMaxPool2dWithIndices(Tensor input, int[] outputSize) {
    Tensor out = adaptiveMaxPool2d(input, outputSize);
    return new AdaptiveMaxPool2d.Output(out, Tensor.result(out.shape(), dev.shapesense.tensor.DType.INT64, out));
  }

  /** {@code F.adaptive_max_pool3d(input, output_size)} with one size for every dim. */
  public static Tensor adaptiveMaxPool3d(Tensor input, int outputSize) {
    dev.shapesense.tensor.Dim[] o = new dev.shapesense.tensor.Dim[3];
    java.util.Arrays.fill(o, dev.shapesense.tensor.Dim.of(outputSize));
    return Tensor.result(dev.shapesense.tensor.rules.AdaptivePoolRules.adaptiveMaxPool3d(input.shape(), input.dtype(), o), input.dtype(), input);
  }

  /** A tuple output size that may hold null (None: keep the input's size). */
  public static Tensor adaptiveMaxPool3d(Tensor input, Integer[] outputSize) {
    dev.shapesense.tensor.Dim[] o = dev.shapesense.tensor.rules.AdaptivePoolRules.listWithDefault(input.shape(), outputSize);
    return Tensor.result(dev.shapesense.tensor.rules.AdaptivePoolRules.adaptiveMaxPool3d(input.shape(), input.dtype(), o), input.dtype(), input);
  }

  public static Tensor adaptiveMaxPool3d(Tensor input, int[] outputSize) {
    Integer[] o = new Integer[outputSize.length];
    for (int i = 0; i < o.length; i++) {
      o[i] = outputSize[i];
    }
    return adaptiveMaxPool3d(input, o);
  }

  /** {@code F.adaptive_max_pool3d(..., return_indices=True)}. */
  public static AdaptiveMaxPool3d.Output adaptiveMaxPool3dWithIndices(Tensor input, Integer[] outputSize) {
    Tensor out = adaptiveMaxPool3d(input, outputSize);
    return new AdaptiveMaxPool3d.Output(out, Tensor.result(out.shape(), dev.shapesense.tensor.DType.INT64, out));
  }

  public static AdaptiveMaxPool3d.Output adaptiveMaxPool3dWithIndices(Tensor input, int outputSize) {
    Tensor out = adaptiveMaxPool3d(input, outputSize);
    return new AdaptiveMaxPool3d.Output(out, Tensor.result(out.shape(), dev.shapesense.tensor.DType.INT64, out));
  }

  public static AdaptiveMaxPool3d.Output adaptiveMaxPool3dWithIndices(Tensor input, int[] outputSize) {
    Tensor out = adaptiveMaxPool3d(input, outputSize);
    return new AdaptiveMaxPool3d.Output(out, Tensor.result(out.shape(), dev.shapesense.tensor.DType.INT64, out));
  }

  /** {@code F.lp_pool1d(input, norm_type, kernel_size, stride=None, ceil_mode=False)}. */
  public static Tensor lpPool1d(
      Tensor input, double normType, int kernelSize, int[] stride, boolean ceilMode) {
    return avgPool1d(input, one(kernelSize), stride, one(0), ceilMode, true);
  }

  public static Tensor lpPool1d(Tensor input, double normType, int kernelSize) {
    return lpPool1d(input, normType, kernelSize, null, false);
  }

  /** {@code F.lp_pool2d(input, norm_type, kernel_size, stride=None, ceil_mode=False)}. */
  public static Tensor lpPool2d(
      Tensor input, double normType, int[] kernelSize, int[] stride, boolean ceilMode) {
    return avgPool2d(input, kernelSize, stride, one(0), ceilMode, true, null);
  }

  public static Tensor lpPool2d(Tensor input, double normType, int... kernelSize) {
    return lpPool2d(input, normType, kernelSize, null, false);
  }

  // ---- padding and resampling ------------------------------------------------------------------

  /** {@code F.pad(input, pad, mode="constant", value=None)}. */
  public static Tensor pad(Tensor input, int[] pad, String mode, Double value) {
    dev.shapesense.tensor.Shape s =
        dev.shapesense.tensor.rules.PadRules.pad(
            input.shape(), input.dtype(), PoolArgs.longs(pad), mode, value);
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
    return Tensor.result(s, input.dtype(), input);
  }

  /** {@code F.pixel_shuffle(input, upscale_factor)}. */
  public static Tensor pixelShuffle(Tensor input, int upscaleFactor) {
    return Tensor.result(
        dev.shapesense.tensor.rules.ResampleRules.pixelShuffle(input.shape(), upscaleFactor),
        input.dtype(),
        input);
  }

  /** {@code F.pixel_unshuffle(input, downscale_factor)}. */
  public static Tensor pixelUnshuffle(Tensor input, int downscaleFactor) {
    return Tensor.result(
        dev.shapesense.tensor.rules.ResampleRules.pixelUnshuffle(input.shape(), downscaleFactor),
        input.dtype(),
        input);
  }

  // ==== end C2 ====


  // ==== recurrent layers and attention (D) ====

  // ==== end D ====

}
