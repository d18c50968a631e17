package dev.shapesense.tensor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Device;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.ShapeError;
import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.Tensors;
import dev.shapesense.tensor.ValuesIndices;
import org.junit.jupiter.api.Test;

/**
 * Broadcasting, matrix products, dtype promotion and reductions on symbolic and concrete shapes.
 */
class MathRulesTest {
  private static Tensor t(String dims) {
    return Tensors.empty(Device.META, DType.FLOAT32, Shape.parse(dims));
  }

  private static Tensor t(String dims, DType dtype) {
    return Tensors.empty(Device.META, dtype, Shape.parse(dims));
  }

  private static String message(Runnable r) {
    return assertThrows(ShapeError.class, r::run).getMessage();
  }

  @Test
  void broadcastKeepsSymbols() {
    assertEquals("[N, 1, T]", t("N, 1, T").add(t("T")).shape().toString());
    assertEquals("[B, T, C]", t("B, T, C").mul(t("1, T, C")).shape().toString());
    assertEquals("[B, T, 3]", t("B, T, 1").add(t("3")).shape().toString());
    assertEquals(
        "The size of tensor a (3) must match the size of tensor b (4) at non-singleton dimension 1",
        message(() -> t("2, 3").add(t("4"))));
  }

  @Test
  void undecidedBroadcastPrefersANumberAndRecordsAnAssumption() {
    Tensor r = t("N, C").add(t("5"));
    assertEquals("[N, 5]", r.shape().toString());
    assertEquals(java.util.List.of("C == 5"), r.assumptions());
  }

  @Test
  void matmulForms() {
    assertEquals("[B, T, T]", t("B, T, C").matmul(t("B, C, T")).shape().toString());
    assertEquals("[N, 3]", t("N, 3, 5").matmul(t("5")).shape().toString());
    assertEquals("[B, H, T, D]", t("B, H, T, T").matmul(t("B, H, T, D")).shape().toString());
    assertEquals("[]", t("K").matmul(t("K")).shape().toString());
    assertEquals("[M]", t("K").matmul(t("K, M")).shape().toString());
    assertEquals(
        "mat1 and mat2 shapes cannot be multiplied (1024x256 and 400x120)",
        message(() -> t("1024, 256").matmul(t("400, 120"))));
    assertEquals("size mismatch, got 12, 12x4,3", message(() -> t("3").matmul(t("2, 4, 6"))));
    assertEquals(
        "Expected size for first two dimensions of batch2 tensor to be: [15, 5] but got: [15, 7].",
        message(() -> t("5, 3, 5").matmul(t("3, 5, 7, 5"))));
    assertEquals(
        "both arguments to matmul need to be at least 1D, but they are 0D and 2D",
        message(() -> t("").matmul(t("2, 5"))));
    assertEquals(
        "expected scalar type Float but found Long",
        message(() -> t("2, 3").mm(t("3, 4", DType.INT64))));
  }

  @Test
  void linearUsesAddmmForMatricesWithBias() {
    assertEquals(
        "The expanded size of the tensor (5) must match the existing size (6) at non-singleton"
            + " dimension 1.  Target sizes: [1, 5].  Tensor sizes: [6]",
        message(() -> Tensors.linear(t("1, 13"), t("5, 13"), t("6"))));
    assertEquals(
        "output with shape [5] doesn't match the broadcast shape [2, 5]",
        message(() -> Tensors.linear(t("4"), t("5, 4"), t("2, 5"))));
  }

  @Test
  void dtypePromotion() {
    assertEquals(DType.FLOAT32, t("3", DType.INT64).div(t("3", DType.INT64)).dtype());
    assertEquals(DType.FLOAT32, t("3", DType.INT64).add(2.5).dtype());
    assertEquals(DType.INT64, t("3", DType.INT64).add(2).dtype());
    assertEquals(DType.INT32, t("3", DType.INT32).add(t("", DType.INT64)).dtype());
    assertEquals(DType.FLOAT64, t("3", DType.INT64).add(t("", DType.FLOAT64)).dtype());
    assertEquals(DType.FLOAT16, t("3", DType.FLOAT16).mul(2.5).dtype());
    assertEquals(DType.BOOL, t("3").lt(t("3")).dtype());
    assertEquals(DType.FLOAT32, t("3", DType.INT64).sqrt().dtype());
    assertEquals(
        "Subtraction, the `-` operator, with two bool tensors is not supported. Use the `^` or"
            + " `logical_xor()` operator instead.",
        message(() -> t("3", DType.BOOL).sub(t("3", DType.BOOL))));
    assertEquals(
        "Integers to negative integer powers are not allowed.",
        message(() -> t("3", DType.INT64).pow(-1)));
  }

  @Test
  void whereAndMaskedFill() {
    Tensor mask = t("T, T", DType.BOOL);
    assertEquals(
        "[B, H, T, T]",
        t("B, H, T, T").maskedFill(mask, Double.NEGATIVE_INFINITY).shape().toString());
    assertEquals("[3, 4]", Tensors.where(t("4", DType.BOOL), t("3, 1"), 0.0).shape().toString());
    assertEquals(
        "where expected condition to be a boolean tensor, but got a tensor with dtype Float",
        message(() -> Tensors.where(t("3"), t("3"), t("3"))));
  }

  @Test
  void reductions() {
    assertEquals("[N, 1, W]", t("N, C, W").sum(1, true).shape().toString());
    assertEquals("[C]", t("N, C, H, W").mean(new int[] {0, 2, 3}).shape().toString());
    assertEquals("[]", t("N, C").mean().shape().toString());
    assertEquals(DType.INT64, t("3", DType.BOOL).sum().dtype());
    assertEquals(
        "dim 0 appears multiple times in the list of dims",
        message(() -> t("2, 4").mean(new int[] {0, 1, -2}, true)));
    assertEquals(
        "mean(): could not infer output dtype. Input dtype must be either a floating point or"
            + " complex dtype. Got: Long",
        message(() -> t("3", DType.INT64).mean()));
    ValuesIndices m = t("N, C").max(1);
    assertEquals("[N]", m.values().shape().toString());
    assertEquals(DType.INT64, m.indices().dtype());
    assertEquals("[1, 1]", t("3, 4").argmax(null, true).shape().toString());
    assertEquals(
        "max(): Expected reduction dim 1 to have non-zero size.", message(() -> t("3, 0").max(1)));
  }
}
