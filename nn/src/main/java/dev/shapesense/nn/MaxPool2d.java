package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.rules.MaxPoolRules;
import java.util.List;

/**
 * {@code nn.MaxPool2d}: max over sliding windows of the last 2 dim(s); output sizes by PyTorch's
 * {@code pooling_output_shape}. Arguments as in PyTorch ({@code kernel_size, stride=None,
 * padding=0, dilation=1, return_indices=False, ceil_mode=False}); a None stride is the kernel
 * size. Checks run in forward, as PyTorch's do.
 */
public class MaxPool2d extends MaxPoolNd<MaxPool2d> {
  /** The pooled output and the flat indices of the maxima (int64, same shape). */
  public record Output(Tensor output, Tensor indices) implements TupleOutput {
    @Override
    public List<Object> asTuple() {
      return List.of(output, indices);
    }
  }

  public MaxPool2d(int... kernelSize) {
    this(kernelSize, null, new int[] {0}, new int[] {1}, false, false);
  }

  public MaxPool2d(int kernelSize, int stride) {
    this(new int[] {kernelSize}, new int[] {stride});
  }

  public MaxPool2d(int kernelSize, int stride, int padding) {
    this(new int[] {kernelSize}, new int[] {stride}, new int[] {padding});
  }

  public MaxPool2d(int kernelSize, int stride, int padding, int dilation) {
    this(new int[] {kernelSize}, new int[] {stride}, new int[] {padding}, new int[] {dilation});
  }

  public MaxPool2d(
      int kernelSize, int stride, int padding, int dilation, boolean returnIndices, boolean ceilMode) {
    this(new int[] {kernelSize}, new int[] {stride}, new int[] {padding}, new int[] {dilation},
        returnIndices, ceilMode);
  }

  public MaxPool2d(int[] kernelSize, int[] stride) {
    this(kernelSize, stride, new int[] {0});
  }

  public MaxPool2d(int[] kernelSize, int[] stride, int[] padding) {
    this(kernelSize, stride, padding, new int[] {1});
  }

  public MaxPool2d(int[] kernelSize, int[] stride, int[] padding, int[] dilation) {
    this(kernelSize, stride, padding, dilation, false, false);
  }

  public MaxPool2d(
      int[] kernelSize,
      int[] stride,
      int[] padding,
      int[] dilation,
      boolean returnIndices,
      boolean ceilMode) {
    super(
        MaxPoolRules::maxPool2d,
        MaxPoolRules::maxPool2d,
        kernelSize,
        stride,
        padding,
        dilation,
        returnIndices,
        ceilMode);
  }

  /** PyTorch's forward with {@code return_indices=True}: output and indices. */
  public Output forwardWithIndices(Tensor x) {
    return indexedForward(x, Output::new);
  }
}
