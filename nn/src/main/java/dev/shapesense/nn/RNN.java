package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;
import java.util.List;

/**
 * {@code nn.RNN}: an Elman RNN with tanh or ReLU. Input {@code [L, N, H_in]} ({@code [N, L, H_in]}
 * with batch_first, {@code [L, H_in]} unbatched); returns {@link Output} with output {@code [L, N,
 * D * H_out]} and h_n {@code [D * num_layers, N, H_out]}.
 */
public class RNN extends RNNBase<RNN> {
  private static final String MODE = "RNN_TANH";
  private String nonlinearity = "tanh";

  /** {@code (output, h_n)}. */
  public record Output(Tensor output, Tensor hN) implements TupleOutput {
    @Override
    public List<Object> asTuple() {
      return java.util.Arrays.asList(output, hN);
    }
  }

  public RNN(long inputSize, long hiddenSize) {
    super(MODE, inputSize, hiddenSize);
    configure();
  }

  public RNN(long inputSize, long hiddenSize, int numLayers) {
    this(inputSize, hiddenSize);
    numLayers(numLayers);
  }

  public RNN(long inputSize, long hiddenSize, int numLayers, boolean bias) {
    this(inputSize, hiddenSize, numLayers);
    bias(bias);
  }

  public RNN(long inputSize, long hiddenSize, int numLayers, boolean bias, boolean batchFirst) {
    this(inputSize, hiddenSize, numLayers, bias);
    batchFirst(batchFirst);
  }

  public RNN(
      long inputSize,
      long hiddenSize,
      int numLayers,
      boolean bias,
      boolean batchFirst,
      double dropout) {
    this(inputSize, hiddenSize, numLayers, bias, batchFirst);
    dropout(dropout);
  }

  public RNN(
      long inputSize,
      long hiddenSize,
      int numLayers,
      boolean bias,
      boolean batchFirst,
      double dropout,
      boolean bidirectional) {
    this(inputSize, hiddenSize, numLayers, bias, batchFirst, dropout);
    bidirectional(bidirectional);
  }

  /** {@code nonlinearity}: "tanh" or "relu". */
  public RNN nonlinearity(String nonlinearity) {
    String mode =
        switch (nonlinearity) {
          case "tanh" -> "RNN_TANH";
          case "relu" -> "RNN_RELU";
          default ->
              throw new dev.shapesense.tensor.ShapeError(
                  "ValueError", "Unknown nonlinearity '" + nonlinearity + "'");
        };
    this.nonlinearity = nonlinearity;
    setMode(mode);
    return this;
  }

  public String nonlinearity() {
    return nonlinearity;
  }

  public Output forward(Tensor input) {
    return forward(input, null);
  }

  public Output forward(Tensor input, Tensor hx) {
    return forwardHx(input, hx, Output::new);
  }
}
