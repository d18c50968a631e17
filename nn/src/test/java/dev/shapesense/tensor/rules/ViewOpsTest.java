package dev.shapesense.tensor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shapesense.nn.Flatten;
import dev.shapesense.nn.Unflatten;
import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Device;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.ShapeError;
import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.Tensors;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Views, reshapes, reordering and joins on symbolic and concrete shapes. */
class ViewOpsTest {
  private static final Dim N = Dim.sym("N");

  private static Tensor meta(String dims) {
    return Tensors.empty(Device.META, DType.FLOAT32, Shape.parse(dims));
  }

  private static String shape(Tensor t) {
    return t.shape().toString();
  }

  @Test
  void viewInfersMinusOneSymbolically() {
    Tensor x = meta("N, 16, 5, 5");
    assertEquals("[N, 400]", shape(x.view(-1, 400)));
    assertEquals("[N, 400]", shape(x.view(N, Dim.of(-1))));
    assertEquals("[N, 400]", shape(x.reshape(x.shape().get(0), Dim.of(-1))));
    assertEquals("[N, 400]", shape(x.flatten(1)));
    assertTrue(x.view(-1, 400).assumptions().isEmpty());
  }

  @Test
  void viewOfUndividedSymbolicSizeRecordsDivisibility() {
    Tensor y = meta("N, 3").view(2, -1);
    assertEquals("[2, 3 * N / 2]", shape(y));
    assertEquals(List.of("(3 * N) % (2) == 0"), y.assumptions());
  }

  @Test
  void viewMessagesArePyTorchs() {
    Tensor x = meta("4, 4, 4");
    assertEquals(
        "shape '[33, 1, -1]' is invalid for input of size 64",
        assertThrows(ShapeError.class, () -> x.view(33, 1, -1)).getMessage());
    assertEquals(
        "only one dimension can be inferred",
        assertThrows(ShapeError.class, () -> x.view(-1, -1)).getMessage());
    assertEquals(
        "invalid shape dimension -2",
        assertThrows(ShapeError.class, () -> x.reshape(-2, -1)).getMessage());
    assertEquals(
        "cannot reshape tensor of 0 elements into shape [0, -1] because the unspecified dimension"
            + " size -1 can be any value and is ambiguous",
        assertThrows(ShapeError.class, () -> meta("0, 2").view(0, -1)).getMessage());
  }

  @Test
  void unflattenAndItsMessages() {
    assertEquals(
        "[N, C, 7, 7]",
        shape(new Unflatten(1, Dim.sym("C"), Dim.of(7), Dim.of(7)).forward(meta("N, 49 * C"))));
    assertEquals("[N, 2, 8]", shape(meta("N, 16").unflatten(-1, 2, -1)));
    assertEquals(
        "unflatten got an unexpected error:\nonly one dimension can be inferred",
        assertThrows(ShapeError.class, () -> meta("2, 12").unflatten(1, -1, -1)).getMessage());
    assertEquals(
        "unflatten: Provided sizes [2, 8, 1] don't multiply up to the size of dim 0 (8) in the"
            + " input tensor",
        assertThrows(ShapeError.class, () -> meta("8, 4").unflatten(0, 2, 8, 1)).getMessage());
    assertEquals(
        "dim=1, unflattened_size=(2, 5)",
        new Unflatten(1, 2, 5).toString().replaceAll("^Unflatten\\((.*)\\)$", "$1"));
  }

  @Test
  void flattenModule() {
    assertEquals("[N, 3 * H * W]", shape(new Flatten().forward(meta("N, 3, H, W"))));
    assertEquals("[N, 3, H * W]", shape(new Flatten(2).forward(meta("N, 3, H, W"))));
    assertEquals(
        "flatten() has invalid args: start_dim cannot come after end_dim",
        assertThrows(ShapeError.class, () -> new Flatten(2, 0).forward(meta("N, 3, H")))
            .getMessage());
  }

  @Test
  void expandRepeatAndOrder() {
    assertEquals("[N, 4, 5]", shape(meta("1, 4, 1").expand(N, Dim.of(-1), Dim.of(5))));
    assertEquals("[B, T, C]", shape(meta("T, C").expand(meta("B, T, C").shape())));
    assertEquals(
        "expand(torch.LongTensor{[2, 3]}, size=[1]): the number of sizes provided (1) must be"
            + " greater or equal to the number of dimensions in the tensor (2)",
        assertThrows(
                ShapeError.class, () -> Tensors.empty(DType.INT64, 2, 3).to(Device.META).expand(1))
            .getMessage());
    assertEquals(
        "numel: integer multiplication overflow",
        assertThrows(ShapeError.class, () -> meta("").expand(-1, 3)).getMessage());
    assertEquals("[2, 3 * T, 2 * C]", shape(meta("T, C").repeat(2, 3, 2)));
    assertEquals("[C, N, T]", shape(meta("N, C, T").permute(1, 0, 2)));
    assertEquals("[N, T, C]", shape(meta("N, C, T").transpose(1, 2)));
    assertEquals("[T, N, C]", shape(meta("N, C, T").movedim(2, 0)));
    assertEquals("[C, N]", shape(meta("N, C").t()));
    assertEquals("[N, 1, C]", shape(meta("N, C").unsqueeze(-2)));
    Tensor sq = meta("N, 1, C").squeeze();
    assertEquals("[N, C]", shape(sq));
    assertEquals(List.of("N != 1", "C != 1"), sq.assumptions());
  }

  @Test
  void joins() {
    Tensor a = meta("N, C, H, W");
    Tensor b = meta("N, 2 * C, H, W");
    assertEquals("[N, 3 * C, H, W]", shape(Tensors.cat(List.of(a, b), 1)));
    assertEquals("[N, 2, C, H, W]", shape(Tensors.stack(List.of(a, a), 1)));
    assertEquals(
        "Sizes of tensors must match except in dimension 1. Expected size 4 but got size 5 for"
            + " tensor number 1 in the list.",
        assertThrows(
                ShapeError.class, () -> Tensors.cat(List.of(meta("N, 2, 4"), meta("N, 3, 5")), 1))
            .getMessage());
    Tensor c = Tensors.cat(List.of(meta("N, T"), meta("M, T")), 1);
    assertEquals("[N, 2 * T]", shape(c));
    assertEquals(List.of("N == M"), c.assumptions());
    assertEquals("[5]", shape(Tensors.hstack(List.of(meta("3"), meta("2")))));
    assertEquals("[2, 3]", shape(Tensors.vstack(List.of(meta("3"), meta("3")))));
  }
}
