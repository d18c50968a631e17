package dev.shapesense.nn;

/**
 * {@code nn.Conv1d}: a 1-d convolution of [N, C, L] or unbatched [C, L] inputs. Output spatial
 * size {@code floor((in + 2p - d(k - 1) - 1) / s) + 1}. Optional arguments are fluent setters
 * ({@code stride}, {@code padding} (ints or {@code "same"}/{@code "valid"}), {@code dilation},
 * {@code groups}, {@code bias}, {@code paddingMode}) or positional constructor arguments in
 * PyTorch's order.
 */
public class Conv1d extends ConvNd<Conv1d> {
  public Conv1d(int inChannels, int outChannels, int kernelSize) {
    super(1, false, inChannels, outChannels, new int[] {kernelSize});
  }

  public Conv1d(int inChannels, int outChannels, int[] kernelSize) {
    super(1, false, inChannels, outChannels, kernelSize);
  }

  public Conv1d(int inChannels, int outChannels, int kernelSize, int stride) {
    this(inChannels, outChannels, kernelSize);
    stride(stride);
  }

  public Conv1d(int inChannels, int outChannels, int[] kernelSize, int[] stride) {
    this(inChannels, outChannels, kernelSize);
    stride(stride);
  }

  public Conv1d(int inChannels, int outChannels, int kernelSize, int stride, int padding) {
    this(inChannels, outChannels, kernelSize, stride);
    padding(padding);
  }

  public Conv1d(
      int inChannels, int outChannels, int[] kernelSize, int[] stride, int[] padding) {
    this(inChannels, outChannels, kernelSize, stride);
    padding(padding);
  }

  public Conv1d(int inChannels, int outChannels, int kernelSize, int stride, String padding) {
    this(inChannels, outChannels, kernelSize, stride);
    padding(padding);
  }

  public Conv1d(
      int inChannels, int outChannels, int kernelSize, int stride, int padding, int dilation) {
    this(inChannels, outChannels, kernelSize, stride, padding);
    dilation(dilation);
  }

  public Conv1d(
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

  public Conv1d(
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

  public Conv1d(
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

  public Conv1d(
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
