package dev.shapesense.tensor.rules;

import dev.shapesense.tensor.Assumptions;
import dev.shapesense.tensor.Checks;
import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.ShapeError;
import dev.shapesense.tensor.Truth;

/**
 * Shape rules of PyTorch 1.13's recurrent layers ({@code nn.RNN}, {@code nn.LSTM}, {@code nn.GRU})
 * and their cells: the checks of {@code RNNBase.check_forward_args} and of the ATen kernels, in
 * PyTorch's order and with its messages. Pure: shapes and dtypes in, shapes out.
 */
public final class RecurrentRules {
  private RecurrentRules() {}

  /**
   * The shape-relevant configuration of an RNN; {@code mode} is RNN_TANH, RNN_RELU, LSTM or GRU.
   */
  public record RnnSpec(
      String mode,
      long inputSize,
      long hiddenSize,
      int numLayers,
      boolean batchFirst,
      boolean bidirectional,
      long projSize) {
    public int numDirections() {
      return bidirectional ? 2 : 1;
    }

    /** The size of the output features and of h: proj_size when set, else hidden_size. */
    public long realHiddenSize() {
      return projSize > 0 ? projSize : hiddenSize;
    }

    boolean isLstm() {
      return mode.equals("LSTM");
    }
  }

  /** The result shapes; {@code cN} is null except for LSTM. */
  public record RnnShapes(Shape output, Shape hN, Shape cN) {}

  /**
   * {@code RNN/GRU/LSTM.forward(input, hx)} on unpacked input. {@code hx} (and for LSTM {@code cx})
   * null means None; dtypes as given, {@code weight} the parameters' dtype.
   */
  public static RnnShapes rnn(
      RnnSpec spec,
      Shape input,
      DType inputType,
      Shape hx,
      Shape cx,
      DType hiddenType,
      DType cellType,
      DType weight) {
    boolean batched = input.rank() == 3;
    int batchDim = spec.batchFirst() ? 0 : 1;
    Shape in = input;
    Shape h = hx;
    Shape c = cx;
    if (!batched) {
      in = TransposeRules.unsqueeze(input, batchDim);
      if (!spec.isLstm() && h != null) {
        int r = h.rank();
        Checks.check(
            r == 2,
            () -> "For unbatched 2-D input, hx should also be 2-D but got " + r + "-D tensor");
        h = TransposeRules.unsqueeze(h, 1);
      }
    } else if (!spec.isLstm() && h != null) {
      int r = h.rank();
      Checks.check(
          r == 3, () -> "For batched 3-D input, hx should also be 3-D but got " + r + "-D tensor");
    }
    Dim maxBatch = sizeAt(in, spec.batchFirst() ? 0 : 1);
    long layers = (long) spec.numLayers() * spec.numDirections();
    if (spec.isLstm()) {
      if (h == null) {
        h = Shape.of(Dim.of(layers), maxBatch, Dim.of(spec.realHiddenSize()));
        c = Shape.of(Dim.of(layers), maxBatch, Dim.of(spec.hiddenSize()));
      } else {
        int hr = h.rank();
        int cr = c.rank();
        int want = batched ? 3 : 2;
        Checks.check(
            hr == want && cr == want,
            () ->
                (batched
                        ? "For batched 3-D input, hx and cx should also be 3-D"
                        : "For unbatched 2-D input, hx and cx should also be 2-D")
                    + " but got ("
                    + hr
                    + "-D, "
                    + cr
                    + "-D) tensors");
        if (!batched) {
          h = TransposeRules.unsqueeze(h, 1);
          c = TransposeRules.unsqueeze(c, 1);
        }
      }
    } else if (h == null) {
      h = Shape.of(Dim.of(layers), maxBatch, Dim.of(spec.hiddenSize()));
    }
    Assumptions into = new Assumptions();
    checkInput(in, spec.inputSize(), into);
    Dim miniBatch = sizeAt(in, spec.batchFirst() ? 0 : 1);
    Shape expectedH = Shape.of(Dim.of(layers), miniBatch, Dim.of(spec.realHiddenSize()));
    if (spec.isLstm()) {
      checkHiddenSize(h, expectedH, "Expected hidden[0] size ", into);
      Shape expectedC = Shape.of(Dim.of(layers), miniBatch, Dim.of(spec.hiddenSize()));
      checkHiddenSize(c, expectedC, "Expected hidden[1] size ", into);
    } else {
      checkHiddenSize(h, expectedH, "Expected hidden size ", into);
    }
    boolean sameType =
        inputType == weight
            && (hx == null || hiddenType == weight)
            && (cx == null || cellType == weight);
    Checks.check(sameType, () -> "mat1 and mat2 must have the same dtype");
    Dim seq = in.get(spec.batchFirst() ? 1 : 0);
    Checks.check(
        Dim.lt(Dim.of(0), seq),
        () -> "Expected sequence length to be larger than 0 in RNN",
        () -> seq + " > 0",
        into);
    Dim features = Dim.of(spec.numDirections() * spec.realHiddenSize());
    Shape output =
        spec.batchFirst() ? Shape.of(miniBatch, seq, features) : Shape.of(seq, miniBatch, features);
    Shape hN = expectedH;
    Shape cN =
        spec.isLstm() ? Shape.of(Dim.of(layers), miniBatch, Dim.of(spec.hiddenSize())) : null;
    if (!batched) {
      output = output.remove(batchDim);
      hN = hN.remove(1);
      cN = cN == null ? null : cN.remove(1);
    }
    return new RnnShapes(
        output.assuming(into), hN.assuming(into), cN == null ? null : cN.assuming(into));
  }

  /** {@code RNNBase.check_input} for unpacked input; records into {@code into}. */
  public static void checkInput(Shape input, long inputSize, Assumptions into) {
    int r = input.rank();
    Checks.check(r == 3, () -> "input must have 3 dimensions, got " + r);
    Dim last = input.get(-1);
    Checks.checkEq(
        last,
        Dim.of(inputSize),
        new ShapeError.Violation("input_size", last, inputSize),
        () -> "input.size(-1) must be equal to input_size. Expected " + inputSize + ", got " + last,
        into);
  }

  /**
   * {@code RNNBase.check_hidden_size}: {@code prefix} is "Expected hidden size " or similar;
   * records into {@code into}.
   */
  public static void checkHiddenSize(Shape hx, Shape expected, String prefix, Assumptions into) {
    Checks.check(
        sameShape(hx, expected),
        () -> prefix + expected.tuple() + ", got " + hx,
        () -> hx + " == " + expected,
        into);
  }

  /** Whether two shapes are equal, dim by dim. */
  public static Truth sameShape(Shape a, Shape b) {
    if (a.rank() != b.rank()) {
      return Truth.FALSE;
    }
    Truth t = Truth.TRUE;
    for (int i = 0; i < a.rank(); i++) {
      t = t.and(Dim.eq(a.get(i), b.get(i)));
    }
    return t;
  }

  /**
   * {@code RNNCell/GRUCell/LSTMCell.forward}: {@code cell} is the class name, {@code cx} only for
   * LSTMCell. Returns the shape of h' (and c' for LSTMCell, which has the same shape).
   */
  public static Shape cell(
      String cell,
      long inputSize,
      long hiddenSize,
      Shape input,
      Shape hx,
      Shape cx,
      DType inputType,
      DType hiddenType,
      DType cellType,
      DType weight) {
    checkCellInput(cell, input);
    boolean batched = input.rank() == 2;
    Shape in = batched ? input : TransposeRules.unsqueeze(input, 0);
    Shape h =
        hx == null
            ? Shape.of(in.get(0), Dim.of(hiddenSize))
            : batched ? hx : TransposeRules.unsqueeze(hx, 0);
    Shape c = cx == null ? h : batched ? cx : TransposeRules.unsqueeze(cx, 0);
    Dim got = sizeAt(in, 1);
    Assumptions into = new Assumptions();
    Checks.check(
        got.eq(inputSize),
        () -> "input has inconsistent input_size: got " + got + " expected " + inputSize,
        () -> got + " == " + inputSize,
        into);
    checkCellHidden(in, h, hiddenSize, into);
    if (cell.equals("LSTMCell")) {
      checkCellHidden(in, c, hiddenSize, into);
    }
    // The kernels then run linear(input, w_ih, b_ih) and linear(hx, w_hh, b_hh).
    long gates = hiddenSize * (cell.equals("LSTMCell") ? 4 : cell.equals("GRUCell") ? 3 : 1);
    Shape gateBias = Shape.of(gates);
    into.addAll(
        LinearRules.linear(in, inputType, Shape.of(gates, inputSize), weight, gateBias, weight));
    into.addAll(
        LinearRules.linear(
            h,
            hx == null ? weight : hiddenType,
            Shape.of(gates, hiddenSize),
            weight,
            gateBias,
            weight));
    Checks.check(cx == null || cellType == weight, () -> "mat1 and mat2 must have the same dtype");
    Shape out = Shape.of(in.get(0), Dim.of(hiddenSize)).assuming(into);
    return batched ? out : out.remove(0);
  }

  /** The cells' assertion that the input is 1-D or 2-D. */
  public static void checkCellInput(String cell, Shape input) {
    int r = input.rank();
    Checks.check(
        r == 1 || r == 2,
        "AssertionError",
        () -> cell + ": Expected input to be 1-D or 2-D but received " + r + "-D tensor");
  }

  private static void checkCellHidden(Shape input, Shape hx, long hiddenSize, Assumptions into) {
    Dim batch = input.get(0);
    Dim hBatch = sizeAt(hx, 0);
    Checks.check(
        Dim.eq(batch, hBatch),
        () -> "Input batch size " + batch + " doesn't match hidden0 batch size " + hBatch,
        () -> batch + " == " + hBatch,
        into);
    Dim hSize = sizeAt(hx, 1);
    Checks.check(
        hSize.eq(hiddenSize),
        () -> "hidden0 has inconsistent hidden_size: got " + hSize + ", expected " + hiddenSize,
        () -> hSize + " == " + hiddenSize,
        into);
  }

  /** {@code x.size(dim)} with PyTorch's errors for a 0-d tensor or a dim out of range. */
  public static Dim sizeAt(Shape s, int dim) {
    if (s.rank() == 0) {
      throw new ShapeError(
          "IndexError", "Dimension specified as " + dim + " but tensor has no dimensions");
    }
    return s.get(Checks.wrapDim(dim, s.rank()));
  }
}
