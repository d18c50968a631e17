package dev.shapesense.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Device;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.ShapeError;
import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.Tensors;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Transformer layers and stacks against PyTorch 1.13: names, parameter counts, hook order. */
class TransformerTest {
  private static Tensor z(String s) {
    return Tensors.empty(Device.META, DType.FLOAT32, Shape.parse(s));
  }

  @Test
  void encoderStackClonesLayersAndFiresHooksInPyTorchOrder() {
    TransformerEncoderLayer layer =
        new TransformerEncoderLayer(64, 4, 256).batchFirst(true).normFirst(true);
    TransformerEncoder enc =
        new TransformerEncoder(layer, 3).norm(new LayerNorm(64)).enableNestedTensor(false);
    assertEquals(150080, enc.parameterCount());
    assertEquals(
        "[, layers, layers.0, layers.0.self_attn, layers.0.self_attn.out_proj, layers.0.linear1,"
            + " layers.0.dropout, layers.0.linear2, layers.0.norm1, layers.0.norm2,"
            + " layers.0.dropout1, layers.0.dropout2]",
        new ArrayList<>(enc.namedModules().keySet()).subList(0, 12).toString());
    List<String> order = new ArrayList<>();
    enc.namedModules().forEach((n, m) -> m.registerForwardHook((mod, in, out) -> order.add(n)));
    enc.eval();
    Tensor out = enc.forward(z("N, T, 64"));
    assertEquals("[N, T, 64]", out.shape().toString());
    assertEquals(
        "[layers.0.norm1, layers.0.self_attn, layers.0.dropout1, layers.0.norm2,"
            + " layers.0.linear1, layers.0.dropout, layers.0.linear2, layers.0.dropout2, layers.0,"
            + " layers.1.norm1, layers.1.self_attn, layers.1.dropout1]",
        order.subList(0, 12).toString());
    assertEquals("[layers.2, norm, ]", order.subList(order.size() - 3, order.size()).toString());
  }

  @Test
  void decoderStackWithModuleActivation() {
    TransformerDecoder dec =
        new TransformerDecoder(new TransformerDecoderLayer(16, 4, 32).activation(new GELU()), 2);
    assertEquals(6688, dec.parameterCount());
    List<String> names = new ArrayList<>(dec.namedModules().keySet());
    assertEquals(
        "[layers.1.norm2, layers.1.norm3, layers.1.dropout1, layers.1.dropout2,"
            + " layers.1.dropout3, layers.1.activation]",
        names.subList(names.size() - 6, names.size()).toString());
    assertEquals("[T, N, 16]", dec.forward(z("T, N, 16"), z("S, N, 16")).shape().toString());
  }

  @Test
  void encoderLayerChecks() {
    TransformerEncoderLayer l = new TransformerEncoderLayer(8, 2, 16);
    ShapeError e =
        assertThrows(
            ShapeError.class,
            () ->
                l.forward(
                    z("3, 2, 8"), null, Tensors.empty(Device.META, DType.INT64, Shape.of(3, 3))));
    assertEquals("only bool and floating types of key_padding_mask are supported", e.getMessage());
    e =
        assertThrows(
            ShapeError.class,
            () ->
                l.forward(
                    z("3, 2, 8"), null, Tensors.empty(Device.META, DType.BOOL, Shape.of(2, 4))));
    assertEquals(
        "expecting key_padding_mask shape of (2, 3), but got torch.Size([2, 4])", e.getMessage());
    assertEquals(
        "[3, 8]",
        l.forward(z("3, 8"), null, Tensors.empty(Device.META, DType.BOOL, Shape.of(3)))
            .shape()
            .toString());
    e =
        assertThrows(
            ShapeError.class, () -> new TransformerEncoderLayer(8, 2, 16).activation("tanh"));
    assertEquals("activation should be relu/gelu, not tanh", e.getMessage());
  }

  @Test
  void transformer() {
    Transformer t = new Transformer(16, 4, 2, 1, 32);
    assertEquals(7856, t.parameterCount());
    assertEquals("[3, 2, 16]", t.forward(z("5, 2, 16"), z("3, 2, 16")).shape().toString());
    assertEquals("[3, 16]", t.forward(z("5, 16"), z("3, 16")).shape().toString());
    ShapeError e = assertThrows(ShapeError.class, () -> t.forward(z("5, 2, 16"), z("3, 3, 16")));
    assertEquals("the batch number of src and tgt must be equal", e.getMessage());
    e = assertThrows(ShapeError.class, () -> t.forward(z("5, 2, 16"), z("3, 2, 8")));
    assertEquals("the feature number of src and tgt must be equal to d_model", e.getMessage());
    // 44M parameters: counted on META, where they hold no data (on CPU they would be initialised).
    try (var scope = dev.shapesense.tensor.Device.META.asDefault()) {
      assertEquals(44140544, new Transformer().parameterCount());
    }
  }
}
