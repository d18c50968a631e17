package dev.shapesense.tensor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shapesense.nn.AdaptiveAvgPool2d;
import dev.shapesense.nn.F;
import dev.shapesense.nn.MaxPool2d;
import dev.shapesense.nn.Upsample;
import dev.shapesense.nn.ZeroPad2d;
import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Device;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.ShapeError;
import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.Tensors;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PoolRulesTest {
  private static Tensor meta(String dims) {
    return Tensors.empty(Device.META, DType.FLOAT32, Shape.parse(dims));
  }

  @Test
  void maxPool2dHalvesSymbolicSizes() {
    Tensor y = new MaxPool2d(2, 2).forward(meta("N, 6, H, W"));
    assertEquals("[N, 6, H / 2, W / 2]", y.shape().toString());
  }

  @Test
  void ceilModeStaysExactSymbolically() {
    long[] k = {3};
    long[] s = {2};
    long[] p = {1};
    long[] d = {1};
    Shape out = MaxPoolRules.maxPool2d(Shape.parse("N, C, H, W"), DType.FLOAT32, k, s, p, d, true);
    for (long h = 1; h <= 40; h++) {
      Shape concrete =
          MaxPoolRules.maxPool2d(Shape.of(1, 1, h, h), DType.FLOAT32, k, s, p, d, true);
      Dim sub = out.get(2).substitute(Map.of("H", Dim.of(h)));
      assertEquals(concrete.get(2), sub, "H=" + h);
    }
  }

  @Test
  void tooSmallOutputHasPyTorchText() {
    ShapeError e =
        assertThrows(
            ShapeError.class,
            () -> new MaxPool2d(3).stride(3).dilation(2, 1).forward(meta("3, 4, 1, 1")));
    assertEquals(
        "Given input size: (4x1x1). Calculated output size: (4x-1x0). Output size is too small",
        e.getMessage());
  }

  @Test
  void extraReprAsPyTorchPrints() {
    assertEquals(
        "kernel_size=2, stride=2, padding=0, dilation=1, ceil_mode=False",
        new MaxPool2d(2).toString().replaceAll("^MaxPool2d\\((.*)\\)$", "$1"));
    assertEquals("ZeroPad2d((1, 1, 1, 1))", new ZeroPad2d(1).toString());
    assertEquals(
        "Upsample(scale_factor=2.0, mode=nearest)", new Upsample().scaleFactor(2).toString());
  }

  @Test
  void adaptiveNoneKeepsInputSize() {
    Tensor y = new AdaptiveAvgPool2d(new Integer[] {null, 6}).forward(meta("N, C, H, W"));
    assertEquals("[N, C, H, 6]", y.shape().toString());
  }

  @Test
  void interpolateScalesAreExactFractions() {
    assertEquals(
        "[N, C, 2 * H, 2 * W]",
        F.interpolate(meta("N, C, H, W"), null, 2.0, "nearest").shape().toString());
    assertEquals(
        "[N, C, 3 * H / 2]",
        F.interpolate(meta("N, C, H"), null, 1.5, "linear").shape().toString());
  }

  @Test
  void padMessages() {
    ShapeError e = assertThrows(ShapeError.class, () -> F.pad(meta("2"), new int[] {1, 1, 3, 0}));
    assertEquals("Padding length too large", e.getMessage());
    assertEquals(
        "[N, C, H + 2, W + 3]",
        F.pad(meta("N, C, H, W"), new int[] {1, 2, 1, 1}, "reflect").shape().toString());
  }
}
