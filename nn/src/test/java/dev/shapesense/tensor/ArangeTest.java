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

  @Test
  void symbolicBoundsWithANumericStepGiveTheCeilingOfTheSpanOverTheStep() {
    try (var scope = Device.META.asDefault()) {
      Dim l = Dim.sym("L");
      assertEquals(Shape.parse("L"), Tensors.arange(Dim.of(0), l, Dim.of(1)).shape());
      // torch.arange(1, t, 2) has t // 2 elements for t = 1..7 (0, 1, 1, 2, 2, 3, 3).
      Shape odd = Tensors.arange(Dim.of(1), l, Dim.of(2)).shape();
      assertEquals(Shape.parse("L / 2"), odd);
      for (long t = 1; t <= 7; t++) {
        assertEquals(Shape.of(t / 2), odd.substitute(java.util.Map.of("L", Dim.of(t))), "t = " + t);
      }
      assertEquals(Shape.parse("L - 2"), Tensors.arange(Dim.of(2), l).shape());
      // A descending range: arange(t, 0, -1) has t elements.
      assertEquals(Shape.parse("L"), Tensors.arange(l, Dim.of(0), Dim.of(-1)).shape());
      assertEquals(
          "step must be nonzero",
          assertThrows(ShapeError.class, () -> Tensors.arange(Dim.of(0), l, Dim.of(0)))
              .getMessage());
      assertThrows(UndecidableShapeException.class, () -> Tensors.arange(Dim.of(0), Dim.of(8), l));
    }
    try (var scope = Device.CPU.asDefault()) {
      assertArrayEquals(
          new long[] {2, 5, 8}, Tensors.arange(Dim.of(2), Dim.of(10), Dim.of(3)).longs());
    }
  }
}
