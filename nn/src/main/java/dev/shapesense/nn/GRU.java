package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;
import java.util.List;

/**
 * {@code nn.GRU}: a gated recurrent unit RNN. Input {@code [L, N, H_in]} ({@code [N, L, H_in]} with
 * batch_first, {@code [L, H_in]} unbatched); returns {@link Output} with output {@code [L, N, D *
 * H_out]} and h_n {@code [D * num_layers, N, H_out]}.
 */
public class GRU extends RNNBase<GRU> {
  private static final String MODE = "GRU";

  /** {@code (output, h_n)}. */
  public record Output(Tensor output, Tensor hN) implements TupleOutput {
    @Override
    public List<Object> asTuple() {
      return java.util.Arrays.asList(output, hN);
    }
  }

  public GRU(long inputSize, long hiddenSize) {
    super(MODE, inputSize, hiddenSize);
    configure();
  }

  public GRU(long inputSize, long hiddenSize, int numLayers) {
    this(inputSize, hiddenSize);
    numLayers(numLayers);
  }

  public GRU(long inputSize, long hiddenSize, int numLayers, boolean bias) {
    this(inputSize, hiddenSize, numLayers);
    bias(bias);
  }

  public GRU(long inputSize, long hiddenSize, int numLayers, boolean bias, boolean batchFirst) {
    this(inputSize, hiddenSize, numLayers, bias);
    batchFirst(batchFirst);
  }

  public GRU(
      long inputSize,
      long hiddenSize,
      int numLayers,
      boolean bias,
      boolean batchFirst,
      double dropout) {
    this(inputSize, hiddenSize, numLayers, bias, batchFirst);
    dropout(dropout);
  }

  public GRU(
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

  public Output forward(Tensor input) {
    return forward(input, null);
  }

  public Output forward(Tensor input, Tensor hx) {
    return forwardHx(input, hx, Output::new);
  }
}
