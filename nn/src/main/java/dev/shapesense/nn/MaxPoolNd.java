package dev.shapesense.nn;

import dev.shapesense.tensor.CpuPool;
import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.rules.PythonFloat;
import java.util.function.BiFunction;

/**
 * Base of {@code MaxPool1d/2d/3d} ({@code torch.nn.modules.pooling._MaxPoolNd}): max over sliding
 * windows; output sizes by PyTorch's {@code pooling_output_shape}. Adds {@code dilation} and {@code
 * return_indices} to {@link PoolNd}.
 *
 * @param <T> the concrete pool, which every fluent setter returns
 */
public abstract class MaxPoolNd<T extends MaxPoolNd<T>> extends PoolNd<T> {
  /** One of {@code MaxPoolRules}' shape functions. */
  @FunctionalInterface
  interface Rule {
    Shape apply(Shape in, DType dtype, long[] k, long[] s, long[] p, long[] d, boolean ceilMode);
  }

  private final Rule rule;
  private final Rule withIndicesRule;
  int[] dilation;
  boolean returnIndices;

  /**
   * {@code withIndicesRule} is PyTorch's path when indices are returned ({@code
   * max_poolNd_with_indices}); {@code rule} the one when they are not.
   */
  MaxPoolNd(
      Rule rule,
      Rule withIndicesRule,
      int[] kernelSize,
      int[] stride,
      int[] padding,
      int[] dilation,
      boolean returnIndices,
      boolean ceilMode) {
    super(kernelSize, stride, padding, ceilMode);
    this.rule = rule;
    this.withIndicesRule = withIndicesRule;
    this.dilation = dilation.clone();
    this.returnIndices = returnIndices;
  }

  public T dilation(int... dilation) {
    this.dilation = dilation.clone();
    return self();
  }

  public T returnIndices(boolean returnIndices) {
    this.returnIndices = returnIndices;
    return self();
  }

  public int[] getDilation() {
    return dilation.clone();
  }

  public boolean isReturnIndices() {
    return returnIndices;
  }

  /** Applies {@code rule} to {@code x} with int arguments as F and the modules take them. */
  static Shape shape(
      Rule rule,
      Tensor x,
      int[] kernelSize,
      int[] stride,
      int[] padding,
      int[] dilation,
      boolean ceilMode) {
    return rule.apply(
        x.shape(),
        x.dtype(),
        PoolArgs.longs(kernelSize),
        PoolArgs.longs(stride),
        PoolArgs.longs(padding),
        PoolArgs.longs(dilation),
        ceilMode);
  }

  private Shape outputShape(Tensor x) {
    return shape(
        returnIndices ? withIndicesRule : rule, x, kernelSize, stride, padding, dilation, ceilMode);
  }

  public Tensor forward(Tensor x) {
    return fire(PoolArgs.output(x, outputShape(x), this::cpu), x);
  }

  private Tensor[] cpu(Tensor x, Shape s) {
    return CpuPool.maxPool(
        PoolArgs.spatial(getClass()),
        x,
        s,
        PoolArgs.longs(kernelSize),
        PoolArgs.longs(stride),
        PoolArgs.longs(padding),
        PoolArgs.longs(dilation));
  }

  /** PyTorch's forward with {@code return_indices=True}: output and indices. */
  final <O> O indexedForward(Tensor x, BiFunction<Tensor, Tensor, O> output) {
    return fire(PoolArgs.withIndices(x, outputShape(x), this::cpu, output), x);
  }

  @Override
  protected String extraRepr() {
    return windowRepr(PoolArgs::repr)
        + ", dilation="
        + PoolArgs.repr(dilation)
        + ", ceil_mode="
        + PythonFloat.repr(ceilMode);
  }
}
