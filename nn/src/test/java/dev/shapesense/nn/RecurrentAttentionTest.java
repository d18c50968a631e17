package dev.shapesense.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Device;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.ShapeError;
import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.Tensors;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Recurrent layers, cells and attention against answers recorded from PyTorch 1.13 on CPU. */
class RecurrentAttentionTest {
  private static Tensor z(long... s) {
    return Tensors.empty(Device.META, DType.FLOAT32, Shape.of(s));
  }

  private static Tensor b(long... s) {
    return Tensors.empty(Device.META, DType.BOOL, Shape.of(s));
  }

  private static Tensor t(DType d, long... s) {
    return Tensors.empty(Device.META, d, Shape.of(s));
  }

  private static Tensor sym(String s) {
    return Tensors.empty(Device.META, DType.FLOAT32, Shape.parse(s));
  }

  /** Renders a result as the Python script printed it: shapes, or the error's type and text. */
  private static String run(Supplier<Object> f) {
    try {
      return "-> " + render(f.get());
    } catch (ShapeError e) {
      return "!! " + e.pythonType() + " " + e.getMessage();
    }
  }

  private static String render(Object o) {
    if (o == null) {
      return "None";
    }
    if (o instanceof Tensor t) {
      return t.shape().toString();
    }
    if (o instanceof TupleOutput tuple) {
      return render(tuple.asTuple());
    }
    List<String> parts = new ArrayList<>();
    for (Object x : (List<?>) o) {
      parts.add(render(x));
    }
    return parts.toString();
  }

  @Test
  void recurrentEdgeCases() {
    RNN r = new RNN(3, 5);
    assertEquals(
        "!! RuntimeError mat1 and mat2 must have the same dtype",
        run(() -> r.forward(t(DType.INT64, 2, 4, 3))));
    assertEquals(
        "!! RuntimeError Expected sequence length to be larger than 0 in RNN",
        run(() -> r.forward(z(0, 4, 3))));
    assertEquals("-> [[2, 0, 5], [1, 0, 5]]", run(() -> r.forward(z(2, 0, 3))));
    assertEquals("!! RuntimeError input must have 3 dimensions, got 2", run(() -> r.forward(z(3))));
    assertEquals(
        "!! IndexError Dimension out of range (expected to be in range of [-1, 0], but got 1)",
        run(() -> r.forward(z())));
    assertEquals(
        "!! RuntimeError input must have 3 dimensions, got 1",
        run(() -> new RNN(3, 5).batchFirst(true).forward(z())));
    assertEquals("!! IndexError list index out of range", run(() -> new RNN(3, 5).numLayers(0)));
    assertEquals(
        "!! ValueError proj_size has to be smaller than hidden_size", run(() -> new RNN(3, 0)));
    assertEquals(
        "!! RuntimeError Trying to create tensor with negative dimension -1: [16, -1]",
        run(() -> new LSTM(-1, 4)));
    assertEquals(
        "!! ValueError Unknown nonlinearity 'sigmoid'",
        run(() -> new RNN(3, 4).nonlinearity("sigmoid")));
    assertEquals(
        "!! ValueError proj_size should be a positive integer or zero to disable projections",
        run(() -> new LSTM(3, 4).projSize(-1)));
    assertEquals(
        "!! RuntimeError For batched 3-D input, hx and cx should also be 3-D but got (2-D, 3-D)"
            + " tensors",
        run(() -> new LSTM(3, 4).forward(z(2, 4, 3), z(4, 4), z(1, 4, 4))));
    assertEquals(
        "!! RuntimeError Expected hidden[1] size (1, 4, 4), got [1, 4, 2]",
        run(() -> new LSTM(3, 4).projSize(2).forward(z(2, 4, 3), z(1, 4, 2), z(1, 4, 2))));
    assertEquals(
        "!! RuntimeError For batched 3-D input, hx should also be 3-D but got 1-D tensor",
        run(() -> r.forward(z(2, 4, 3), z(4))));
    assertEquals(
        "LSTM(3, 4, proj_size=2, num_layers=2, bias=False, batch_first=True, dropout=0.5,"
            + " bidirectional=True)",
        new LSTM(3, 4, 2, false, true, 0.5, true, 2).toString());
  }

  @Test
  void lstmParametersAreNamedAndShapedAsPyTorch() {
    LSTM l = new LSTM(3, 4).projSize(2).numLayers(2).bidirectional(true);
    List<String> got = new ArrayList<>();
    l.namedParameters().forEach((n, p) -> got.add(n + p.shape()));
    assertEquals(
        "[weight_ih_l0[16, 3], weight_hh_l0[16, 2], bias_ih_l0[16], bias_hh_l0[16],"
            + " weight_hr_l0[2, 4], weight_ih_l0_reverse[16, 3], weight_hh_l0_reverse[16, 2],"
            + " bias_ih_l0_reverse[16], bias_hh_l0_reverse[16], weight_hr_l0_reverse[2, 4],"
            + " weight_ih_l1[16, 4], weight_hh_l1[16, 2], bias_ih_l1[16], bias_hh_l1[16],"
            + " weight_hr_l1[2, 4], weight_ih_l1_reverse[16, 4], weight_hh_l1_reverse[16, 2],"
            + " bias_ih_l1_reverse[16], bias_hh_l1_reverse[16], weight_hr_l1_reverse[2, 4]]",
        got.toString());
  }

  @Test
  void symbolicLstm() {
    LSTM l = new LSTM(100, 128).numLayers(2).batchFirst(true).bidirectional(true);
    assertEquals(
        "-> [[N, T, 256], [[4, N, 128], [4, N, 128]]]", run(() -> l.forward(sym("N, T, 100"))));
    assertEquals(
        "!! RuntimeError input.size(-1) must be equal to input_size. Expected 100, got 99",
        run(() -> l.forward(sym("N, T, 99"))));
  }

  @Test
  void cells() {
    RNNCell c = new RNNCell(3, 4);
    assertEquals(
        "!! AssertionError RNNCell: Expected input to be 1-D or 2-D but received 3-D tensor",
        run(() -> c.forward(z(2, 3, 3))));
    assertEquals(
        "!! RuntimeError input has inconsistent input_size: got 5 expected 3",
        run(() -> c.forward(z(2, 5))));
    assertEquals(
        "!! RuntimeError Input batch size 2 doesn't match hidden0 batch size 3",
        run(() -> c.forward(z(2, 3), z(3, 4))));
    assertEquals(
        "!! RuntimeError hidden0 has inconsistent hidden_size: got 5, expected 4",
        run(() -> c.forward(z(2, 3), z(2, 5))));
    assertEquals(
        "!! RuntimeError Input batch size 2 doesn't match hidden0 batch size 4",
        run(() -> c.forward(z(2, 3), z(4))));
    assertEquals(
        "!! RuntimeError hidden0 has inconsistent hidden_size: got 1, expected 4",
        run(() -> c.forward(z(3), z(1, 4))));
    assertEquals("-> [4]", run(() -> c.forward(z(3), z(4))));
    assertEquals(
        "!! RuntimeError mat1 and mat2 shapes cannot be multiplied (8x1 and 4x4)",
        run(() -> c.forward(z(2, 3), z(2, 4, 1))));
    assertEquals(
        "!! RuntimeError mat1 and mat2 must have the same dtype",
        run(() -> c.forward(t(DType.INT64, 2, 3))));
    assertEquals(
        "!! RuntimeError mat1 and mat2 must have the same dtype",
        run(() -> c.forward(z(2, 3), t(DType.FLOAT64, 2, 4))));
    assertEquals(
        "RNNCell(3, 4, bias=False, nonlinearity=relu)",
        new RNNCell(3, 4, false, "relu").toString());
    LSTMCell l = new LSTMCell(3, 4);
    assertEquals("-> [[2, 4], [2, 4]]", run(() -> l.forward(z(2, 3))));
    assertEquals(
        "!! RuntimeError Input batch size 2 doesn't match hidden0 batch size 3",
        run(() -> l.forward(z(2, 3), z(2, 4), z(3, 4))));
    GRUCell g = new GRUCell(3, 4);
    assertEquals("-> [4]", run(() -> g.forward(z(3))));
    assertEquals("-> [0, 4]", run(() -> g.forward(z(0, 3))));
    assertEquals("-> [N, 4]", run(() -> g.forward(sym("N, 3"))));
    assertEquals(3 * 4 * 3 + 3 * 4 * 4 + 2 * 12, g.parameterCount());
  }

  @Test
  void multiheadAttention() {
    MultiheadAttention kv = new MultiheadAttention(8, 2).addBiasKv(true);
    assertEquals(
        "-> [[3, 2, 8], [2, 3, 6]]", run(() -> kv.forward(z(3, 2, 8), z(5, 2, 8), z(5, 2, 8))));
    assertEquals(
        "!! AssertionError expecting key_padding_mask shape of (2, 6), but got torch.Size([2, 7])",
        run(() -> kv.forward(z(3, 2, 8), z(5, 2, 8), z(5, 2, 8), b(2, 6))));
    assertEquals(
        "!! RuntimeError Sizes of tensors must match except in dimension 0. Expected size 3 but"
            + " got size 2 for tensor number 1 in the list.",
        run(() -> kv.forward(z(3, 2, 8), z(5, 3, 8), z(5, 3, 8))));
    MultiheadAttention zero = new MultiheadAttention(8, 2).addZeroAttn(true);
    assertEquals(
        "-> [[3, 2, 8], [2, 3, 6]]",
        run(() -> zero.forward(z(3, 2, 8), z(5, 2, 8), z(5, 2, 8), null, true, b(3, 5))));
    MultiheadAttention m = new MultiheadAttention(8, 2);
    assertEquals(
        "-> [[3, 2, 8], [2, 2, 3, 5]]",
        run(() -> m.forward(z(3, 2, 8), z(5, 2, 8), z(5, 2, 8), null, true, null, false)));
    assertEquals(
        "-> [[3, 8], [2, 3, 5]]",
        run(() -> m.forward(z(3, 8), z(5, 8), z(5, 8), null, true, null, false)));
    assertEquals(
        "!! RuntimeError The shape of the 3D attn_mask is torch.Size([2, 3, 5]), but should be"
            + " (4, 3, 5).",
        run(() -> m.forward(z(3, 2, 8), z(5, 2, 8), z(5, 2, 8), null, true, b(2, 3, 5))));
    assertEquals(
        "!! AssertionError Expected `attn_mask` shape to be (2, 3, 5) but got torch.Size([4, 3,"
            + " 5])",
        run(() -> m.forward(z(3, 8), z(5, 8), z(5, 8), null, true, b(4, 3, 5))));
    assertEquals(
        "!! AssertionError Only float, byte, and bool types are supported for attn_mask, not"
            + " torch.int64",
        run(() -> m.forward(z(3, 2, 8), z(5, 2, 8), z(5, 2, 8), null, true, t(DType.INT64, 3, 5))));
    assertEquals(
        "!! AssertionError only bool and floating types of key_padding_mask are supported",
        run(() -> m.forward(z(3, 2, 8), z(5, 2, 8), z(5, 2, 8), t(DType.INT64, 2, 5))));
    assertEquals(
        "!! AssertionError For batched (3-D) `query`, expected `key_padding_mask` to be `None` or"
            + " 2-D but found 1-D tensor instead",
        run(() -> m.forward(z(3, 2, 8), z(5, 2, 8), z(5, 2, 8), b(5))));
    assertEquals("-> [[3, 8], [3, 5]]", run(() -> m.forward(z(3, 8), z(5, 8), z(5, 8), b(5))));
    assertEquals(
        "!! AssertionError query should be unbatched 2D or batched 3D tensor but received 4-D"
            + " query tensor",
        run(() -> m.forward(z(3, 2, 8, 1), z(5, 2, 8), z(5, 2, 8))));
    assertEquals(
        "!! RuntimeError mat1 and mat2 shapes cannot be multiplied (10x6 and 8x8)",
        run(() -> m.forward(z(3, 2, 8), z(5, 2, 6), z(5, 2, 6))));
    assertEquals(
        "!! RuntimeError shape '[5, 4, 4]' is invalid for input of size 120",
        run(() -> m.forward(z(3, 2, 8), z(5, 3, 8), z(5, 3, 8))));
    assertEquals(
        "!! RuntimeError mat1 and mat2 must have the same dtype",
        run(() -> m.forward(t(DType.FLOAT64, 3, 2, 8), z(5, 2, 8), z(5, 2, 8))));
    MultiheadAttention bf = new MultiheadAttention(8, 2).batchFirst(true);
    assertEquals(
        "!! IndexError Dimension out of range (expected to be in range of [-1, 0], but got 1)",
        run(() -> bf.forward(z(3, 2, 8), z(8), z(8))));
    Tensor x = z(2, 3, 8);
    assertEquals("-> [[2, 3, 8], [2, 3, 3]]", run(() -> bf.forward(x, x, x)));
    MultiheadAttention kd = new MultiheadAttention(8, 2).kdim(4L).vdim(6L);
    assertEquals(
        "!! AssertionError expecting key weights shape of (8, 5), but got torch.Size([8, 4])",
        run(() -> kd.forward(z(3, 2, 8), z(5, 2, 5), z(5, 2, 6))));
    assertEquals(
        "!! AssertionError key's sequence and batch dims torch.Size([5, 2]) do not match value's"
            + " torch.Size([4, 2])",
        run(() -> kd.forward(z(3, 2, 8), z(5, 2, 4), z(4, 2, 6))));
    assertEquals(
        "!! ZeroDivisionError integer division or modulo by zero",
        run(() -> new MultiheadAttention(8, 0)));
    assertEquals(
        "!! AssertionError embed_dim must be divisible by num_heads",
        run(() -> new MultiheadAttention(8, 3)));
    assertEquals(
        "-> [[3, 2, 8], [2, 3, 0]]", run(() -> m.forward(z(3, 2, 8), z(0, 2, 8), z(0, 2, 8))));
    assertEquals(
        "-> [[L, N, 8], [N, L, S]]",
        run(() -> m.forward(sym("L, N, 8"), sym("S, N, 8"), sym("S, N, 8"))));
    List<String> names = new ArrayList<>();
    kd.namedParameters().forEach((n, p) -> names.add(n + p.shape()));
    assertEquals(
        "[q_proj_weight[8, 8], k_proj_weight[8, 4], v_proj_weight[8, 6], in_proj_bias[24],"
            + " out_proj.weight[8, 8], out_proj.bias[8]]",
        names.toString());
  }
}
