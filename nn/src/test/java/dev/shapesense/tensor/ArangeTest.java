package dev.shapesense.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * {@code torch.arange} with a dtype and over a size known only as a symbol ({@code
 * torch.arange(idx.size(1))} of an {@code [N, L]} input); values checked against PyTorch 1.13.
 */
class ArangeTest {
  @Test
  void aSymbolicEndGivesASymbolicLengthOnMeta() {
    try (var scope = Device.META.asDefault()) {
      Tensor pos = Tensors.arange(Dim.sym("L"));
      assertEquals(Shape.parse("L"), pos.shape());
      assertEquals(DType.INT64, pos.dtype());
      assertEquals(DType.FLOAT32, Tensors.arange(Dim.sym("L"), DType.FLOAT32).dtype());
      assertEquals(Shape.of(7), Tensors.arange(Dim.of(7)).shape());
      assertEquals(
          "upper bound and larger bound inconsistent with step sign",
          assertThrows(ShapeError.class, () -> Tensors.arange(Dim.of(-1))).getMessage());
    }
  }

  @Test
  void aDtypeGivesThatDtypeWithTheSameValuesOnCpu() {
    try (var scope = Device.CPU.asDefault()) {
      Tensor f = Tensors.arange(5, DType.FLOAT32);
      assertEquals(DType.FLOAT32, f.dtype());
      assertArrayEquals(new double[] {0, 1, 2, 3, 4}, f.doubles());
      // torch.arange(2, 10, 3, dtype=torch.float64) -> tensor([2., 5., 8.])
      assertArrayEquals(new double[] {2, 5, 8}, Tensors.arange(2, 10, 3, DType.FLOAT64).doubles());
      assertArrayEquals(new long[] {0, 1, 2, 3}, Tensors.arange(Dim.of(4)).longs());
    }
  }
}
