package dev.shapesense.nn;

/**
 * {@code nn.Conv2d}: a 2-d convolution of [N, C, H, W] or unbatched [C, H, W] inputs.
 * Output spatial size {@code floor((in + 2p - d(k - 1) - 1) / s) + 1}. Optional arguments are fluent setters
 * ({@code stride}, {@code padding} (ints or {@code "same"}/{@code "valid"}), {@code dilation},
 * {@code groups}, {@code bias}, {@code paddingMode}) or positional constructor arguments in
 * PyTorch's order.
 */
public class Conv2d extends ConvNd<Conv2d> {
  public Conv2d(int inChannels, int outChannels, int kernelSize) {
    super(2, false, inChannels, outChannels, new int[] {kernelSize});
  }

  public Conv2d(int inChannels, int outChannels, int[] kernelSize) {
    super(2, false, inChannels, outChannels, kernelSize);
  }

  public Conv2d(int inChannels, int outChannels, int kernelSize, int stride) {
    this(inChannels, outChannels, kernelSize);
    stride(stride);
  }

  public Conv2d(int inChannels, int outChannels, int[] kernelSize, int[] stride) {
    this(inChannels, outChannels, kernelSize);
    stride(stride);
  }

  public Conv2d(int inChannels, int outChannels, int kernelSize, int stride, int padding) {
    this(inChannels, outChannels, kernelSize, stride);
    padding(padding);
  }

  public Conv2d(
      int inChannels, int outChannels, int[] kernelSize, int[] stride, int[] padding) {
    this(inChannels, outChannels, kernelSize, stride);
    padding(padding);
  }

  public Conv2d(int inChannels, int outChannels, int kernelSize, int stride, String padding) {
    this(inChannels, outChannels, kernelSize, stride);
    padding(padding);
  }

  public Conv2d(
      int inChannels, int outChannels, int kernelSize, int stride, int padding, int dilation) {
    this(inChannels, outChannels, kernelSize, stride, padding);
    dilation(dilation);
  }

  public Conv2d(
      int inChannels,
      int outChannels,
      int kernelSize,
      int stride,
      int padding,
      int dilation,
      int groups) {
    this(inChannels, outChannels, kernelSize, stride, padding, dilation);
    groups(groups);
  }

  public Conv2d(
      int inChannels,
      int outChannels,
      int kernelSize,
      int stride,
      int padding,
      int dilation,
      int groups,
      boolean bias) {
    this(inChannels, outChannels, kernelSize, stride, padding, dilation, groups);
    bias(bias);
  }

  public Conv2d(
      int inChannels,
      int outChannels,
      int kernelSize,
      int stride,
      int padding,
      int dilation,
      int groups,
      boolean bias,
      String paddingMode) {
    this(inChannels, outChannels, kernelSize, stride, padding, dilation, groups, bias);
    paddingMode(paddingMode);
  }

  public Conv2d(
      int inChannels,
      int outChannels,
      int[] kernelSize,
      int[] stride,
      int[] padding,
      int[] dilation,
      int groups,
      boolean bias,
      String paddingMode) {
    this(inChannels, outChannels, kernelSize, stride, padding);
    dilation(dilation);
    groups(groups);
    bias(bias);
    paddingMode(paddingMode);
  }
}
