package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.rules.RecurrentRules;
import java.util.Arrays;
import java.util.List;

/**
 * {@code nn.LSTM}, optionally with projections ({@code proj_size}). Input {@code [L, N, H_in]}
 * ({@code [N, L, H_in]} with batch_first, {@code [L, H_in]} unbatched); returns {@link Output} with
 * output {@code [L, N, D * H_out]}, h_n {@code [D * num_layers, N, H_out]} and c_n {@code [D *
 * num_layers, N, H_cell]}, where H_out is proj_size when set.
 */
public class LSTM extends RNNBase<LSTM> {
  private static final String MODE = "LSTM";

  /** {@code (output, (h_n, c_n))}. */
  public record Output(Tensor output, Tensor hN, Tensor cN) implements TupleOutput {
    @Override
    public List<Object> asTuple() {
      return Arrays.asList(output, Arrays.asList(hN, cN));
    }
  }

  public LSTM(long inputSize, long hiddenSize) {
    super(MODE, inputSize, hiddenSize);
    configure();
  }

  public LSTM(long inputSize, long hiddenSize, int numLayers) {
    this(inputSize, hiddenSize);
    numLayers(numLayers);
  }

  public LSTM(long inputSize, long hiddenSize, int numLayers, boolean bias) {
    this(inputSize, hiddenSize, numLayers);
    bias(bias);
  }

  public LSTM(long inputSize, long hiddenSize, int numLayers, boolean bias, boolean batchFirst) {
    this(inputSize, hiddenSize, numLayers, bias);
    batchFirst(batchFirst);
  }

  public LSTM(
      long inputSize,
      long hiddenSize,
      int numLayers,
      boolean bias,
      boolean batchFirst,
      double dropout) {
    this(inputSize, hiddenSize, numLayers, bias, batchFirst);
    dropout(dropout);
  }

  public LSTM(
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

  public LSTM(
      long inputSize,
      long hiddenSize,
      int numLayers,
      boolean bias,
      boolean batchFirst,
      double dropout,
      boolean bidirectional,
      long projSize) {
    this(inputSize, hiddenSize, numLayers, bias, batchFirst, dropout, bidirectional);
    projSize(projSize);
  }

  public Output forward(Tensor input) {
    return forward(input, null, null);
  }

  /** {@code lstm(input, (h0, c0))}. */
  public Output forward(Tensor input, Tensor h0, Tensor c0) {
    if ((h0 == null) != (c0 == null)) {
      throw new dev.shapesense.tensor.ShapeError(
          "AttributeError", "'NoneType' object has no attribute 'dim'");
    }
    var r =
        RecurrentRules.rnn(
            spec(),
            input.shape(),
            input.dtype(),
            h0 == null ? null : h0.shape(),
            c0 == null ? null : c0.shape(),
            h0 == null ? null : h0.dtype(),
            c0 == null ? null : c0.dtype(),
            weightDtype());
    if (input.hasData()) {
      Tensor[] t = cpuLstm(input, h0, c0, r.output(), r.hN(), r.cN());
      return fire(new Output(t[0], t[1], t[2]), input, h0, c0);
    }
    return fire(
        new Output(
            out(r.output(), input, h0, c0), out(r.hN(), input, h0, c0), out(r.cN(), input, h0, c0)),
        input,
        h0,
        c0);
  }
}
