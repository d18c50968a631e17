package dev.shapesense.nn;

import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.Tensor;
import java.util.Arrays;
import java.util.List;

/**
 * {@code nn.LSTMCell}: one LSTM step. Input {@code [N, input_size]} or {@code [input_size]}, h and
 * c {@code [N, hidden_size]} or {@code [hidden_size]}; returns {@link Output} {@code (h_1, c_1)} of
 * that shape.
 */
public class LSTMCell extends RNNCellBase<LSTMCell> {
  /** {@code (h_1, c_1)}. */
  public record Output(Tensor h1, Tensor c1) implements TupleOutput {
    @Override
    public List<Object> asTuple() {
      return Arrays.asList(h1, c1);
    }
  }

  public LSTMCell(long inputSize, long hiddenSize) {
    super(inputSize, hiddenSize, 4);
  }

  public LSTMCell(long inputSize, long hiddenSize, boolean bias) {
    this(inputSize, hiddenSize);
    bias(bias);
  }

  public Output forward(Tensor input) {
    return forward(input, null, null);
  }

  /** {@code cell(input, (h0, c0))}. */
  public Output forward(Tensor input, Tensor h0, Tensor c0) {
    Shape s = cellShape(input, h0, c0);
    if (input.hasData()) {
      Tensor[] t = cpuStep("LSTM", input, h0, c0, s);
      return fire(new Output(t[0], t[1]), input, h0, c0);
    }
    return fire(
        new Output(RNNBase.out(s, input, h0, c0), RNNBase.out(s, input, h0, c0)), input, h0, c0);
  }
}
