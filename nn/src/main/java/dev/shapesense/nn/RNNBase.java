package dev.shapesense.nn;

import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.ShapeError;
import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.rules.PythonFloat;
import dev.shapesense.tensor.rules.RecurrentRules;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code nn.RNNBase}: the configuration, parameters and checks shared by {@link RNN}, {@link LSTM}
 * and {@link GRU}. Parameters are registered under PyTorch's names ({@code weight_ih_l0}, {@code
 * bias_hh_l1_reverse}, {@code weight_hr_l0}...) with PyTorch's shapes. Every fluent setter re-runs
 * PyTorch's constructor checks and re-registers the parameters.
 *
 * @param <T> the concrete class, returned by the fluent setters
 */
public abstract class RNNBase<T extends RNNBase<T>> extends Module {
  private String mode;
  protected final long inputSize;
  protected final long hiddenSize;
  protected int numLayers = 1;
  protected boolean bias = true;
  protected boolean batchFirst;
  protected double dropout;
  protected boolean bidirectional;
  protected long projSize;
  private final List<String> paramNames = new ArrayList<>();

  protected RNNBase(String mode, long inputSize, long hiddenSize) {
    this.mode = mode;
    this.inputSize = inputSize;
    this.hiddenSize = hiddenSize;
    configure();
  }

  @SuppressWarnings("unchecked")
  private T self() {
    return (T) this;
  }

  /** {@code reset_parameters}: every weight and bias uniform with bound 1/sqrt(hidden_size). */
  @Override
  protected void initialise(String name, Parameter p) {
    Init.uniform(p, hiddenSize == 0 ? 0 : 1 / Math.sqrt(hiddenSize));
  }

  /** Sets the mode (RNN_TANH, RNN_RELU) and re-validates; for {@link RNN}'s nonlinearity. */
  protected void setMode(String mode) {
    this.mode = mode;
    configure();
  }

  /** PyTorch's {@code RNNBase.__init__} checks, then the parameters in PyTorch's order. */
  protected final void configure() {
    if (!(dropout >= 0 && dropout <= 1)) {
      throw new ShapeError(
          "ValueError",
          "dropout should be a number in range [0, 1] representing the probability of an element"
              + " being zeroed");
    }
    if (projSize < 0) {
      throw new ShapeError(
          "ValueError", "proj_size should be a positive integer or zero to disable projections");
    }
    if (projSize >= hiddenSize) {
      throw new ShapeError("ValueError", "proj_size has to be smaller than hidden_size");
    }
    long gateSize =
        switch (mode) {
          case "LSTM" -> 4 * hiddenSize;
          case "GRU" -> 3 * hiddenSize;
          case "RNN_TANH", "RNN_RELU" -> hiddenSize;
          default -> throw new ShapeError("ValueError", "Unrecognized RNN mode: " + mode);
        };
    for (String name : paramNames) {
      registerParameter(name, null);
    }
    paramNames.clear();
    int directions = bidirectional ? 2 : 1;
    long realHidden = projSize > 0 ? projSize : hiddenSize;
    for (int layer = 0; layer < numLayers; layer++) {
      for (int direction = 0; direction < directions; direction++) {
        long layerInput = layer == 0 ? inputSize : realHidden * directions;
        String suffix = layer + (direction == 1 ? "_reverse" : "");
        Parameter wIh = Parameter.of(gateSize, layerInput);
        Parameter wHh = Parameter.of(gateSize, realHidden);
        Parameter bIh = Parameter.of(gateSize);
        Parameter bHh = Parameter.of(gateSize);
        Parameter wHr = projSize > 0 ? Parameter.of(projSize, hiddenSize) : null;
        add("weight_ih_l" + suffix, wIh);
        add("weight_hh_l" + suffix, wHh);
        if (bias) {
          add("bias_ih_l" + suffix, bIh);
          add("bias_hh_l" + suffix, bHh);
        }
        if (wHr != null) {
          add("weight_hr_l" + suffix, wHr);
        }
      }
    }
    if (paramNames.isEmpty()) {
      // flatten_parameters reads _flat_weights[0].
      throw new ShapeError("IndexError", "list index out of range");
    }
  }

  private void add(String name, Parameter p) {
    registerParameter(name, p);
    paramNames.add(name);
  }

  public T numLayers(int numLayers) {
    this.numLayers = numLayers;
    configure();
    return self();
  }

  public T bias(boolean bias) {
    this.bias = bias;
    configure();
    return self();
  }

  public T batchFirst(boolean batchFirst) {
    this.batchFirst = batchFirst;
    configure();
    return self();
  }

  public T dropout(double dropout) {
    this.dropout = dropout;
    configure();
    return self();
  }

  public T bidirectional(boolean bidirectional) {
    this.bidirectional = bidirectional;
    configure();
    return self();
  }

  /** {@code proj_size}: LSTM only; {@link RNN} and {@link GRU} reject it as PyTorch does. */
  public T projSize(long projSize) {
    if (!mode.equals("LSTM")) {
      throw new ShapeError(
          "ValueError", "proj_size argument is only supported for LSTM, not RNN or GRU");
    }
    this.projSize = projSize;
    configure();
    return self();
  }

  /** The dtype of the weights, which input and hidden state must match. */
  protected DType weightDtype() {
    return namedOwnParameters().values().iterator().next().dtype();
  }

  /** The rule's view of this configuration. */
  protected RecurrentRules.RnnSpec spec() {
    return new RecurrentRules.RnnSpec(
        mode, inputSize, hiddenSize, numLayers, batchFirst, bidirectional, projSize);
  }

  /**
   * The forward of RNN, GRU and LSTM: {@code {output, h_n, c_n}} ({@code c_n} null but for LSTM)
   * from {@code inputs}, the input and the initial states the module takes ({@code h_0}, and {@code
   * c_0} for LSTM), each null when not given.
   */
  final Tensor[] run(Tensor... inputs) {
    Tensor input = inputs[0];
    Tensor h0 = inputs[1];
    Tensor c0 = inputs.length > 2 ? inputs[2] : null;
    if (inputs.length > 2 && (h0 == null) != (c0 == null)) {
      throw new ShapeError("AttributeError", "'NoneType' object has no attribute 'dim'");
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
      return CpuRecurrent.run(this, mode, input, h0, c0, r.output(), r.hN(), r.cN());
    }
    return new Tensor[] {
      out(r.output(), inputs), out(r.hN(), inputs), r.cN() == null ? null : out(r.cN(), inputs)
    };
  }

  /** RNN's {@code nonlinearity}: "tanh" or "relu". */
  String nonlinearity = "tanh";

  /** Sets RNN's nonlinearity, and with it the mode (RNN_TANH, RNN_RELU). */
  final void setNonlinearity(String nonlinearity) {
    String mode =
        switch (nonlinearity) {
          case "tanh" -> "RNN_TANH";
          case "relu" -> "RNN_RELU";
          default ->
              throw new ShapeError("ValueError", "Unknown nonlinearity '" + nonlinearity + "'");
        };
    this.nonlinearity = nonlinearity;
    setMode(mode);
  }

  /** A result tensor of {@code input}'s dtype and device. */
  static Tensor out(dev.shapesense.tensor.Shape shape, Tensor... inputs) {
    return Tensor.result(shape, inputs[0].dtype(), inputs);
  }

  public long inputSize() {
    return inputSize;
  }

  public long hiddenSize() {
    return hiddenSize;
  }

  public int numLayers() {
    return numLayers;
  }

  public boolean batchFirst() {
    return batchFirst;
  }

  public boolean bidirectional() {
    return bidirectional;
  }

  public long projSize() {
    return projSize;
  }

  @Override
  protected String extraRepr() {
    StringBuilder s = new StringBuilder(inputSize + ", " + hiddenSize);
    if (projSize != 0) {
      s.append(", proj_size=").append(projSize);
    }
    if (numLayers != 1) {
      s.append(", num_layers=").append(numLayers);
    }
    if (!bias) {
      s.append(", bias=False");
    }
    if (batchFirst) {
      s.append(", batch_first=True");
    }
    if (dropout != 0) {
      s.append(", dropout=").append(PythonFloat.repr(dropout));
    }
    if (bidirectional) {
      s.append(", bidirectional=True");
    }
    return s.toString();
  }
}
