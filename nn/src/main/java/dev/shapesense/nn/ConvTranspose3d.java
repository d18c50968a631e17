package dev.shapesense.nn;

/**
 * {@code nn.ConvTranspose3d}: a 3-d transposed convolution (batched or unbatched input). Optional
 * arguments are fluent setters ({@code stride}, {@code padding}, {@code outputPadding}, {@code
 * groups}, {@code bias}, {@code dilation}, {@code paddingMode}) or positional constructor
 * arguments in PyTorch's order; {@code forward(x, outputSize)} takes PyTorch's output_size.
 */
public class ConvTranspose3d extends ConvTransposeNd<ConvTranspose3d> {
  public ConvTranspose3d(int inChannels, int outChannels, int kernelSize) {
    super(3, inChannels, outChannels, new int[] {kernelSize});
  }

  public ConvTranspose3d(int inChannels, int outChannels, int[] kernelSize) {
    super(3, inChannels, outChannels, kernelSize);
  }

  public ConvTranspose3d(int inChannels, int outChannels, int kernelSize, int stride) {
    this(inChannels, outChannels, kernelSize);
    stride(stride);
  }

  public ConvTranspose3d(int inChannels, int outChannels, int[] kernelSize, int[] stride) {
    this(inChannels, outChannels, kernelSize);
    stride(stride);
  }

  public ConvTranspose3d(int inChannels, int outChannels, int kernelSize, int stride, int padding) {
    this(inChannels, outChannels, kernelSize, stride);
    padding(padding);
  }

  public ConvTranspose3d(
      int inChannels, int outChannels, int[] kernelSize, int[] stride, int[] padding) {
    this(inChannels, outChannels, kernelSize, stride);
    padding(padding);
  }

  public ConvTranspose3d(
      int inChannels,
      int outChannels,
      int kernelSize,
      int stride,
      int padding,
      int outputPadding) {
    this(inChannels, outChannels, kernelSize, stride, padding);
    outputPadding(outputPadding);
  }

  public ConvTranspose3d(
      int inChannels,
      int outChannels,
      int kernelSize,
      int stride,
      int padding,
      int outputPadding,
      int groups) {
    this(inChannels, outChannels, kernelSize, stride, padding, outputPadding);
    groups(groups);
  }

  public ConvTranspose3d(
      int inChannels,
      int outChannels,
      int kernelSize,
      int stride,
      int padding,
      int outputPadding,
      int groups,
      boolean bias) {
    this(inChannels, outChannels, kernelSize, stride, padding, outputPadding, groups);
    bias(bias);
  }

  public ConvTranspose3d(
      int inChannels,
      int outChannels,
      int kernelSize,
      int stride,
      int padding,
      int outputPadding,
      int groups,
      boolean bias,
      int dilation) {
    this(inChannels, outChannels, kernelSize, stride, padding, outputPadding, groups, bias);
    dilation(dilation);
  }

  public ConvTranspose3d(
      int inChannels,
      int outChannels,
      int[] kernelSize,
      int[] stride,
      int[] padding,
      int[] outputPadding,
      int groups,
      boolean bias,
      int[] dilation) {
    this(inChannels, outChannels, kernelSize, stride, padding);
    outputPadding(outputPadding);
    groups(groups);
    bias(bias);
    dilation(dilation);
  }
}
