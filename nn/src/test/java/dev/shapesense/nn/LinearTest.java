package dev.shapesense.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Device;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.ShapeError;
import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.Tensors;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Linear and Bilinear: parameters, symbolic shapes, PyTorch's messages and typed facts. */
class LinearTest {
  private static Tensor t(String dims) {
    return Tensors.empty(Device.META, DType.FLOAT32, Shape.parse(dims));
  }

  @Test
  void parametersAndRepr() {
    Linear fc = new Linear(400, 120);
    assertEquals(48120, fc.parameterCount());
    assertEquals("[120, 400]", fc.weight().shape().toString());
    assertEquals("Linear(in_features=400, out_features=120, bias=True)", fc.toString());
    fc.bias(false);
    assertNull(fc.bias());
    assertEquals(48000, fc.parameterCount());
    assertEquals(2 * 3 * 4 + 4, new Bilinear(2, 3, 4).parameterCount());
  }

  @Test
  void symbolicShapes() {
    assertEquals("[N, 120]", new Linear(400, 120).forward(t("N, 400")).shape().toString());
    assertEquals("[B, T, 84]", new Linear(120, 84).forward(t("B, T, 120")).shape().toString());
    Tensor y = new Linear(120, 84).forward(t("N, C"));
    assertEquals("[N, 84]", y.shape().toString());
    assertEquals(List.of("C == 120"), y.assumptions());
    assertEquals("[N, 5]", new Bilinear(6, 3, 5).forward(t("N, 6"), t("N, 3")).shape().toString());
  }

  @Test
  void mismatchCarriesInFeatures() {
    ShapeError e = assertThrows(ShapeError.class, () -> new Linear(400, 120).forward(t("N, 256")));
    assertEquals("mat1 and mat2 shapes cannot be multiplied (Nx256 and 400x120)", e.getMessage());
    assertEquals(new ShapeError.Violation("in_features", 256L, 400L), e.violation());
    ShapeError e3 =
        assertThrows(
            ShapeError.class, () -> new Linear(64, 120).bias(false).forward(t("3, 2, 128")));
    assertEquals("mat1 and mat2 shapes cannot be multiplied (6x128 and 64x120)", e3.getMessage());
    // An expression dim is parenthesised: (N * L)x128, never the ambiguous N * Lx128.
    assertEquals(
        "mat1 and mat2 shapes cannot be multiplied ((L * N)x128 and 64x120)",
        assertThrows(ShapeError.class, () -> new Linear(64, 120).forward(t("N, L, 128")))
            .getMessage());

    assertEquals("in_features", e3.violation().argument());
  }
}
