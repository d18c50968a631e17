package dev.shapesense.nn;

import dev.shapesense.tensor.Shape;

import dev.shapesense.tensor.ShapeError;
import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.rules.RecurrentRules;

/**
 * {@code nn.RNNCell}: one Elman RNN step. Input {@code [N, input_size]} or {@code [input_size]},
 * hidden {@code [N, hidden_size]} or {@code [hidden_size]}; returns h' of the hidden's shape.
 */
public class RNNCell extends RNNCellBase<RNNCell> {
  private String nonlinearity = "tanh";

  public RNNCell(long inputSize, long hiddenSize) {
    super(inputSize, hiddenSize, 1);
  }

  public RNNCell(long inputSize, long hiddenSize, boolean bias) {
    this(inputSize, hiddenSize);
    bias(bias);
  }

  public RNNCell(long inputSize, long hiddenSize, boolean bias, String nonlinearity) {
    this(inputSize, hiddenSize, bias);
    nonlinearity(nonlinearity);
  }

  /** {@code nonlinearity}: "tanh" or "relu"; anything else fails at forward, as in PyTorch. */
  public RNNCell nonlinearity(String nonlinearity) {
    this.nonlinearity = nonlinearity;
    return this;
  }

  public Tensor forward(Tensor input) {
    return forward(input, null);
  }

  public Tensor forward(Tensor input, Tensor hx) {
    if (!nonlinearity.equals("tanh") && !nonlinearity.equals("relu")) {
      RecurrentRules.checkCellInput("RNNCell", input.shape());
      throw new ShapeError("Unknown nonlinearity: " + nonlinearity);
    }
    Shape s = cellShape(input, hx, null);
    if (input.hasData()) {
      return fire(cpuStep(nonlinearity, input, hx, null, s)[0], input, hx);
    }
    return fire(RNNBase.out(s, input, hx), input, hx);
  }

  @Override
  protected String extraRepr() {
    return super.extraRepr()
        + (nonlinearity.equals("tanh") ? "" : ", nonlinearity=" + nonlinearity);
  }
}
