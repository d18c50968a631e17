package dev.shapesense.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * torch.roll, index_select, meshgrid, new_zeros, fill_/zero_ and {@code x[..., 1::2]}: shapes and
 * error texts recorded with PyTorch 1.13 on CPU (x = torch.randn(2, 3, 4, 5)).
 */
class RollIndexOpsTest {
  private static Tensor t(String dims) {
    return Tensors.empty(Device.META, DType.FLOAT32, Shape.parse(dims));
  }

  private static Tensor t(String dims, DType dtype) {
    return Tensors.empty(Device.META, dtype, Shape.parse(dims));
  }

  private static void fails(String type, String message, Runnable r) {
    ShapeError e = assertThrows(ShapeError.class, r::run);
    assertEquals(message, e.getMessage());
    assertEquals(type, e.pythonType());
  }

  @Test
  void roll() {
    Tensor x = t("2, 3, 4, 5");
    assertEquals(
        "[2, 3, 4, 5]", Tensors.roll(x, new int[] {-3, -3}, new int[] {1, 2}).shape().toString());
    assertEquals("[2, 3, 4, 5]", x.roll(2).shape().toString());
    assertEquals("[2, 3, 4, 5]", x.roll(1, 1).shape().toString());
    assertEquals("[2, 3, 4, 5]", x.roll(new long[] {1}, new int[] {-1}).shape().toString());
    assertEquals("[N, 3]", t("N, 3").roll(1, 0).shape().toString());
    assertEquals("[]", t("").roll(1).shape().toString());
    fails(
        "RuntimeError",
        "shifts and dimensions must align. shifts: 2, dims:1",
        () -> x.roll(new long[] {1, 2}, new int[] {1}));
    fails(
        "RuntimeError",
        "shifts and dimensions must align. shifts: 1, dims:2",
        () -> x.roll(new long[] {1}, new int[] {1, 5}));
    fails(
        "RuntimeError",
        "shifts and dimensions must align. shifts: 2, dims:0",
        () -> x.roll(new long[] {1, 2}, new int[0]));
    fails(
        "IndexError",
        "Dimension out of range (expected to be in range of [-4, 3], but got 4)",
        () -> x.roll(1, 4));
    fails(
        "IndexError",
        "Dimension out of range (expected to be in range of [-4, 3], but got -5)",
        () -> x.roll(1, -5));
    fails("RuntimeError", "`shifts` required", () -> x.roll(new long[0], new int[0]));
    fails(
        "IndexError",
        "Dimension specified as 0 but tensor has no dimensions",
        () -> t("").roll(1, 0));
  }

  @Test
  void indexSelect() {
    Tensor x = t("2, 3, 4, 5");
    assertEquals("[3, 3, 4, 5]", x.indexSelect(0, t("3", DType.INT64)).shape().toString());
    assertEquals("[2, 1, 4, 5]", x.indexSelect(1, t("", DType.INT64)).shape().toString());
    assertEquals(
        "[2, 3, 4, 2]", Tensors.indexSelect(x, -1, t("2", DType.INT32)).shape().toString());
    assertEquals("[0, 3, 4, 5]", x.indexSelect(0, t("0", DType.INT64)).shape().toString());
    assertEquals("[L, 3]", t("169, 3").indexSelect(0, t("L", DType.INT64)).shape().toString());
    assertEquals(DType.FLOAT32, x.indexSelect(0, t("3", DType.INT64)).dtype());
    fails(
        "IndexError",
        "index_select(): Index is supposed to be a vector",
        () -> x.indexSelect(1, t("1, 2", DType.INT64)));
    fails(
        "RuntimeError",
        "index_select(): Expected dtype int32 or int64 for index",
        () -> x.indexSelect(1, t("2")));
    fails(
        "IndexError",
        "Dimension out of range (expected to be in range of [-4, 3], but got 4)",
        () -> x.indexSelect(4, t("1", DType.INT64)));
  }

  @Test
  void meshgrid() {
    Tensor a = t("3", DType.INT64);
    Tensor b = t("4", DType.INT64);
    List<Tensor> ij = Tensors.meshgrid(List.of(a, b), "ij");
    assertEquals(2, ij.size());
    assertEquals("[3, 4]", ij.get(0).shape().toString());
    assertEquals("[3, 4]", ij.get(1).shape().toString());
    assertEquals(DType.INT64, ij.get(0).dtype());
    assertEquals("[4, 3]", Tensors.meshgrid(List.of(a, b), "xy").get(0).shape().toString());
    assertEquals(
        "[4, 3, 5]",
        Tensors.meshgrid(List.of(a, b, t("5", DType.INT64)), "xy").get(2).shape().toString());
    assertEquals("[3]", Tensors.meshgrid(List.of(a), "xy").get(0).shape().toString());
    assertEquals("[3, 1]", Tensors.meshgrid(a, t("", DType.INT64)).get(1).shape().toString());
    fails(
        "RuntimeError",
        "meshgrid expects all tensors to have the same dtype",
        () -> Tensors.meshgrid(List.of(a, t("2")), "ij"));
    fails(
        "RuntimeError",
        "torch.meshgrid: indexing must be one of \"xy\" or \"ij\", but received: foo",
        () -> Tensors.meshgrid(List.of(a, b), "foo"));
    fails(
        "RuntimeError",
        "meshgrid expects a non-empty TensorList",
        () -> Tensors.meshgrid(List.of(), "ij"));
  }

  @Test
  void newZerosAndInPlaceFills() {
    Tensor x = t("2, 3, 4, 5");
    Tensor z = x.newZeros(3, 4);
    assertEquals("[3, 4]", z.shape().toString());
    assertEquals(DType.FLOAT32, z.dtype());
    assertEquals(Device.META, z.device());
    assertEquals(DType.INT64, Tensors.arange(3).newZeros(2).dtype());
    fails(
        "RuntimeError",
        "Trying to create tensor with negative dimension -1: [-1, 4]",
        () -> x.newZeros(-1, 4));
    assertSame(x, x.fill_(3.0));
    assertSame(x, x.fill_(3L));
    assertSame(x, x.zero_());
  }

  @Test
  void stridedSliceFrom() {
    // x = torch.randn(2, 57, 57, 96); x[..., 1::2, 0::2, :] -> [2, 28, 29, 96]
    Tensor x = t("2, 57, 57, 96");
    assertEquals(
        "[2, 28, 29, 96]",
        x.index(Index.ellipsis(), Index.from(1, 2), Index.from(0, 2), Index.all())
            .shape()
            .toString());
  }
}
