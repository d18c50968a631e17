package dev.shapesense.nn;

import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.rules.MaxPoolRules;
import java.util.List;

/**
 * {@code nn.MaxPool3d}: max over sliding windows of the last 3 dim(s); output sizes by PyTorch's
 * {@code pooling_output_shape}. Arguments as in PyTorch ({@code kernel_size, stride=None,
 * padding=0, dilation=1, return_indices=False, ceil_mode=False}); a None stride is the kernel
 * size. Checks run in forward, as PyTorch's do.
 */
public class MaxPool3d extends Module {
  private int[] kernelSize;
  private int[] stride;
  private int[] padding = {0};
  private int[] dilation = {1};
  private boolean returnIndices;
  private boolean ceilMode;

  /** The pooled output and the flat indices of the maxima (int64, same shape). */
  public record Output(Tensor output, Tensor indices) implements TupleOutput {
    @Override
    public List<Object> asTuple() {
      return List.of(output, indices);
    }
  }

  public MaxPool3d(int... kernelSize) {
    this.kernelSize = kernelSize.clone();
  }

  public MaxPool3d(int kernelSize, int stride) {
    this(new int[] {kernelSize}, new int[] {stride});
  }

  public MaxPool3d(int kernelSize, int stride, int padding) {
    this(new int[] {kernelSize}, new int[] {stride}, new int[] {padding});
  }

  public MaxPool3d(int kernelSize, int stride, int padding, int dilation) {
    this(new int[] {kernelSize}, new int[] {stride}, new int[] {padding}, new int[] {dilation});
  }

  public MaxPool3d(
      int kernelSize, int stride, int padding, int dilation, boolean returnIndices, boolean ceilMode) {
    this(new int[] {kernelSize}, new int[] {stride}, new int[] {padding}, new int[] {dilation},
        returnIndices, ceilMode);
  }

  public MaxPool3d(int[] kernelSize, int[] stride) {
    this(kernelSize, stride, new int[] {0});
  }

  public MaxPool3d(int[] kernelSize, int[] stride, int[] padding) {
    this(kernelSize, stride, padding, new int[] {1});
  }

  public MaxPool3d(int[] kernelSize, int[] stride, int[] padding, int[] dilation) {
    this(kernelSize, stride, padding, dilation, false, false);
  }

  public MaxPool3d(
      int[] kernelSize,
      int[] stride,
      int[] padding,
      int[] dilation,
      boolean returnIndices,
      boolean ceilMode) {
    this.kernelSize = kernelSize.clone();
    this.stride = stride == null ? null : stride.clone();
    this.padding = padding.clone();
    this.dilation = dilation.clone();
    this.returnIndices = returnIndices;
    this.ceilMode = ceilMode;
  }

  /** The stride; null (None) means the kernel size. */
  public MaxPool3d stride(int... stride) {
    this.stride = stride == null ? null : stride.clone();
    return this;
  }

  public MaxPool3d stride(Integer stride) {
    this.stride = stride == null ? null : new int[] {stride};
    return this;
  }

  public MaxPool3d padding(int... padding) {
    this.padding = padding.clone();
    return this;
  }

  public MaxPool3d dilation(int... dilation) {
    this.dilation = dilation.clone();
    return this;
  }

  public MaxPool3d returnIndices(boolean returnIndices) {
    this.returnIndices = returnIndices;
    return this;
  }

  public MaxPool3d ceilMode(boolean ceilMode) {
    this.ceilMode = ceilMode;
    return this;
  }

  public int[] getKernelSize() {
    return kernelSize.clone();
  }

  /** The effective stride: the kernel size when none was given. */
  public int[] getStride() {
    return (stride == null ? kernelSize : stride).clone();
  }

  public int[] getPadding() {
    return padding.clone();
  }

  public int[] getDilation() {
    return dilation.clone();
  }

  public boolean isReturnIndices() {
    return returnIndices;
  }

  public boolean isCeilMode() {
    return ceilMode;
  }

  private Shape outputShape(Tensor x) {
    return MaxPoolRules.maxPool3d(x.shape(), x.dtype(), PoolArgs.longs(kernelSize), PoolArgs.longs(stride), PoolArgs.longs(padding), PoolArgs.longs(dilation), ceilMode);
  }

  public Tensor forward(Tensor x) {
    return fire(Tensor.result(outputShape(x), x.dtype(), x), x);
  }

  /** PyTorch's forward with {@code return_indices=True}: output and indices. */
  public Output forwardWithIndices(Tensor x) {
    Shape s = outputShape(x);
    Tensor out = Tensor.result(s, x.dtype(), x);
    return fire(new Output(out, Tensor.result(s, dev.shapesense.tensor.DType.INT64, out)), x);
  }

  @Override
  protected String extraRepr() {
    return "kernel_size="
        + PoolArgs.repr(kernelSize)
        + ", stride="
        + PoolArgs.repr(stride == null ? kernelSize : stride)
        + ", padding="
        + PoolArgs.repr(padding)
        + ", dilation="
        + PoolArgs.repr(dilation)
        + ", ceil_mode="
        + PoolArgs.bool(ceilMode);
  }
}
