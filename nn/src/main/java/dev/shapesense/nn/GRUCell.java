package dev.shapesense.nn;

import dev.shapesense.tensor.Shape;

import dev.shapesense.tensor.Tensor;

/**
 * {@code nn.GRUCell}: one GRU step. Input {@code [N, input_size]} or {@code [input_size]}, hidden
 * {@code [N, hidden_size]} or {@code [hidden_size]}; returns h' of the hidden's shape.
 */
public class GRUCell extends RNNCellBase<GRUCell> {
  public GRUCell(long inputSize, long hiddenSize) {
    super(inputSize, hiddenSize, 3);
  }

  public GRUCell(long inputSize, long hiddenSize, boolean bias) {
    this(inputSize, hiddenSize);
    bias(bias);
  }

  public Tensor forward(Tensor input) {
    return forward(input, null);
  }

  public Tensor forward(Tensor input, Tensor hx) {
    Shape s = cellShape(input, hx, null);
    if (input.hasData()) {
      return fire(cpuStep("GRU", input, hx, null, s)[0], input, hx);
    }
    return fire(RNNBase.out(s, input, hx), input, hx);
  }
}
