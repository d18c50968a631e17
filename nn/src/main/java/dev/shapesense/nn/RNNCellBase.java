package dev.shapesense.nn;

import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.ShapeError;
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

  /**
   * The CPU step of a cell ({@code kind}: LSTM, GRU, tanh, relu): h' (and c' for LSTM) with the
   * rule's shape {@code s}; a missing h or c is zeros.
   */
  protected Tensor[] cpuStep(String kind, Tensor x, Tensor h, Tensor c, Shape s) {
    if (h == null) {
      h = dev.shapesense.tensor.Tensors.zeros(dev.shapesense.tensor.Device.CPU, s);
    }
    Tensor gi = F.linear(x, ownParameter("weight_ih"), ownParameter("bias_ih"));
    Tensor gh = F.linear(h, ownParameter("weight_hh"), ownParameter("bias_hh"));
    switch (kind) {
      case "LSTM" -> {
        if (c == null) {
          c = dev.shapesense.tensor.Tensors.zeros(dev.shapesense.tensor.Device.CPU, s);
        }
        var g = gi.add(gh).chunk(4, -1);
        Tensor c1 = g.get(1).sigmoid().mul(c).add(g.get(0).sigmoid().mul(g.get(2).tanh()));
        Tensor h1 = g.get(3).sigmoid().mul(c1.tanh());
        return new Tensor[] {h1.reshape(s), c1.reshape(s)};
      }
      case "GRU" -> {
        var a = gi.chunk(3, -1);
        var b = gh.chunk(3, -1);
        Tensor r = a.get(0).add(b.get(0)).sigmoid();
        Tensor z = a.get(1).add(b.get(1)).sigmoid();
        Tensor n = a.get(2).add(r.mul(b.get(2))).tanh();
        return new Tensor[] {n.add(z.mul(h.sub(n))).reshape(s)};
      }
      default -> {
        Tensor pre = gi.add(gh);
        return new Tensor[] {(kind.equals("relu") ? pre.relu() : pre.tanh()).reshape(s)};
      }
    }
  }

  /** RNNCell's {@code nonlinearity}: "tanh" or "relu"; anything else fails at forward. */
  String nonlinearity = "tanh";

  /**
   * The step of RNNCell, GRUCell and LSTMCell: {@code {h'}}, or {@code {h', c'}} for LSTMCell, from
   * {@code inputs}, the input and the states the cell takes (each null when not given).
   */
  final Tensor[] step(Tensor... inputs) {
    Tensor input = inputs[0];
    if (numChunks == 1 && !nonlinearity.equals("tanh") && !nonlinearity.equals("relu")) {
      RecurrentRules.checkCellInput("RNNCell", input.shape());
      throw new ShapeError("Unknown nonlinearity: " + nonlinearity);
    }
    Tensor cx = inputs.length > 2 ? inputs[2] : null;
    Shape s = cellShape(input, inputs[1], cx);
    if (input.hasData()) {
      String kind = numChunks == 4 ? "LSTM" : numChunks == 3 ? "GRU" : nonlinearity;
      return cpuStep(kind, input, inputs[1], cx, s);
    }
    Tensor[] out = new Tensor[inputs.length - 1];
    for (int i = 0; i < out.length; i++) {
      out[i] = RNNBase.out(s, inputs);
    }
    return out;
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
    return inputSize
        + ", "
        + hiddenSize
        + (bias ? "" : ", bias=False")
        + (nonlinearity.equals("tanh") ? "" : ", nonlinearity=" + nonlinearity);
  }
}
