package dev.shapesense.nn;

/**
 * {@code nn.Conv3d}: a 3-d convolution of [N, C, D, H, W] or unbatched [C, D, H, W] inputs.
 * Output spatial size {@code floor((in + 2p - d(k - 1) - 1) / s) + 1}. Optional arguments are fluent setters
 * ({@code stride}, {@code padding} (ints or {@code "same"}/{@code "valid"}), {@code dilation},
 * {@code groups}, {@code bias}, {@code paddingMode}) or positional constructor arguments in
 * PyTorch's order.
 */
public class Conv3d extends ConvNd<Conv3d> {
  public Conv3d(int inChannels, int outChannels, int kernelSize) {
    super(3, false, inChannels, outChannels, new int[] {kernelSize});
  }

  public Conv3d(int inChannels, int outChannels, int[] kernelSize) {
    super(3, false, inChannels, outChannels, kernelSize);
  }

  public Conv3d(int inChannels, int outChannels, int kernelSize, int stride) {
    this(inChannels, outChannels, kernelSize);
    stride(stride);
  }

  public Conv3d(int inChannels, int outChannels, int[] kernelSize, int[] stride) {
    this(inChannels, outChannels, kernelSize);
    stride(stride);
  }

  public Conv3d(int inChannels, int outChannels, int kernelSize, int stride, int padding) {
    this(inChannels, outChannels, kernelSize, stride);
    padding(padding);
  }

  public Conv3d(
      int inChannels, int outChannels, int[] kernelSize, int[] stride, int[] padding) {
    this(inChannels, outChannels, kernelSize, stride);
    padding(padding);
  }

  public Conv3d(int inChannels, int outChannels, int kernelSize, int stride, String padding) {
    this(inChannels, outChannels, kernelSize, stride);
    padding(padding);
  }

  public Conv3d(
      int inChannels, int outChannels, int kernelSize, int stride, int padding, int dilation) {
    this(inChannels, outChannels, kernelSize, stride, padding);
    dilation(dilation);
  }

  public Conv3d(
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

  public Conv3d(
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

  public Conv3d(
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

  public Conv3d(
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
