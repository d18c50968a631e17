package dev.shapesense.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * {@code x.copy_(src)}: src broadcasts to x's shape, on META as on CPU; texts and values from
 * PyTorch 1.13.
 */
class CopyTest {
  @Test
  void onMetaOnlyTheShapesAreChecked() {
    try (var scope = Device.META.asDefault()) {
      Tensor x = Tensors.zeros(2, 3);
      assertSame(x, x.copy_(Tensors.zeros(3)));
      Tensor sym = Tensors.empty(Device.META, DType.FLOAT32, Shape.parse("N, L, 32"));
      assertEquals(Shape.parse("N, L, 32"), sym.copy_(Tensors.ones(32)).shape());
      // torch.zeros(2, 3).copy_(torch.zeros(4))
      assertEquals(
          "The size of tensor a (3) must match the size of tensor b (4) at non-singleton dimension 1",
          assertThrows(ShapeError.class, () -> x.copy_(Tensors.zeros(4))).getMessage());
      // torch.zeros(3).copy_(torch.zeros(2, 3))
      assertEquals(
          "output with shape [3] doesn't match the broadcast shape [2, 3]",
          assertThrows(ShapeError.class, () -> Tensors.zeros(3).copy_(Tensors.zeros(2, 3)))
              .getMessage());
    }
  }

  @Test
  void onCpuSrcIsBroadcastAndConverted() {
    try (var scope = Device.CPU.asDefault()) {
      Tensor x = Tensors.zeros(2, 3);
      x.copy_(Tensors.tensor(new double[] {1, 2, 3}, 3));
      assertArrayEquals(new double[] {1, 2, 3, 1, 2, 3}, x.doubles());
      Tensor i = Tensors.zeros(2).to(DType.INT64);
      i.copy_(Tensors.tensor(new double[] {1.7, -2.2}, 2));
      assertArrayEquals(new long[] {1, -2}, i.longs());
    }
  }
}
