package dev.shapesense.nn;

import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.rules.RecurrentRules;

/**
 * {@code nn.RNNCellBase}: parameters {@code weight_ih [chunks * hidden, input]}, {@code weight_hh
 * [chunks * hidden, hidden]} and, with bias, {@code bias_ih}, {@code bias_hh} of {@code [chunks *
 * hidden]}, as PyTorch registers them.
 *
 * @param <T> the concrete class, returned by the fluent setters
 */
public abstract class RNNCellBase<T extends RNNCellBase<T>> extends Module {
  protected final long inputSize;
  protected final long hiddenSize;
  protected boolean bias = true;
  private final int numChunks;

  protected RNNCellBase(long inputSize, long hiddenSize, int numChunks) {
    this.inputSize = inputSize;
    this.hiddenSize = hiddenSize;
    this.numChunks = numChunks;
    configure();
  }

  /** {@code reset_parameters}: every weight and bias uniform with bound 1/sqrt(hidden_size). */
  @Override
  protected void initialise(String name, Parameter p) {
    Init.uniform(p, hiddenSize == 0 ? 0 : 1 / Math.sqrt(hiddenSize));
  }

  private void configure() {
    registerParameter("weight_ih", Parameter.of(numChunks * hiddenSize, inputSize));
    registerParameter("weight_hh", Parameter.of(numChunks * hiddenSize, hiddenSize));
    registerParameter("bias_ih", bias ? Parameter.of(numChunks * hiddenSize) : null);
    registerParameter("bias_hh", bias ? Parameter.of(numChunks * hiddenSize) : null);
  }

  @SuppressWarnings("unchecked")
  public T bias(boolean bias) {
    this.bias = bias;
    configure();
    return (T) this;
  }

  public long inputSize() {
    return inputSize;
  }

  public long hiddenSize() {
    return hiddenSize;
  }

  /** The shape of h' (and c') for this cell, by the cells' rule. */
  protected Shape cellShape(Tensor input, Tensor hx, Tensor cx) {
    DType w = ownParameter("weight_ih").dtype();
    return RecurrentRules.cell(
        getClass().getSimpleName(),
        inputSize,
        hiddenSize,
        input.shape(),
        hx == null ? null : hx.shape(),
        cx == null ? null : cx.shape(),
        input.dtype(),
        hx == null ? null : hx.dtype(),
        cx == null ? null : cx.dtype(),
        w);
  }

  @Override
  protected String extraRepr() {
    return inputSize + ", " + hiddenSize + (bias ? "" : ", bias=False");
  }
}
