package dev.shapesense.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shapesense.nn.Linear;
import org.junit.jupiter.api.Test;

/**
 * Absurd sizes: every allocation checks its byte size as PyTorch's computeStorageNbytesContiguous
 * does, on META too; a view whose element count overflows fails as TensorImpl's numel does. The
 * texts and the limits were recorded with PyTorch 1.13 ({@code torch.empty(s, dtype=d,
 * device='meta')}).
 */
class StorageSizeTest {
  private static String error(Runnable r) {
    return assertThrows(ShapeError.class, r::run).getMessage();
  }

  @Test
  void allocationsBeyondTheAddressableBytesFail() {
    assertEquals(
        "Storage size calculation overflowed with sizes=[9223372036854775807, 3, 1073741824,"
            + " 1073741824]",
        error(() -> Tensors.randn(Device.META, Long.MAX_VALUE, 3, 1L << 30, 1L << 30)));
    assertEquals(
        "Storage size calculation overflowed with sizes=[1073741824, 2147483648]",
        error(() -> Tensors.empty(Device.META, DType.FLOAT32, Shape.of(1L << 30, 1L << 31))));
    assertEquals(
        "Storage size calculation overflowed with sizes=[536870912, 2147483648]",
        error(() -> Tensors.empty(Device.META, DType.FLOAT64, Shape.of(1L << 29, 1L << 31))));
    assertEquals(
        "Storage size calculation overflowed with sizes=[2147483648, 2147483648]",
        error(
            () -> {
              try (var scope = Device.META.asDefault()) {
                new Linear(1L << 31, 1L << 31);
              }
            }));
  }

  @Test
  void largeButAddressableAllocationsAreFine() {
    assertEquals(
        Shape.of(1L << 30, 1L << 30),
        Tensors.empty(Device.META, DType.FLOAT32, Shape.of(1L << 30, 1L << 30)).shape());
    assertEquals(
        Shape.of(1L << 31, 1L << 31),
        Tensors.empty(Device.META, DType.INT8, Shape.of(1L << 31, 1L << 31)).shape());
    assertEquals(
        Shape.of(0, 1L << 62, 1L << 62),
        Tensors.empty(Device.META, DType.FLOAT32, Shape.of(0, 1L << 62, 1L << 62)).shape());
    assertEquals(
        Shape.of(1024, 3, 1L << 16, 1L << 16),
        Tensors.randn(Device.META, 1 << 10, 3, 1 << 16, 1 << 16).shape());
  }

  @Test
  void aViewWhoseElementCountOverflowsFails() {
    Tensor x = Tensors.empty(Device.META, DType.FLOAT32, Shape.of(1L << 20, 1L << 20));
    assertEquals(
        "numel: integer multiplication overflow",
        error(() -> x.expand(1L << 30, 1L << 20, 1L << 20).numel()));
  }
}
