package dev.shapesense.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Device;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.ShapeError;
import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.Tensors;
import org.junit.jupiter.api.Test;

/** The pools and pads built on shared bases: what each concrete class still chooses itself. */
class PoolBasesTest {
  private static Tensor meta(String dims) {
    return Tensors.empty(Device.META, DType.FLOAT32, Shape.parse(dims));
  }

  @Test
  void inheritedSettersStayVarargsForReflectiveCallers() throws NoSuchMethodException {
    // The analyzer and the oracle bind arguments by reflection; a non-public base would make javac
    // emit bridge methods in each subclass, and those lose the varargs flag.
    assertTrue(MaxPool2d.class.getMethod("padding", int[].class).isVarArgs());
    assertTrue(AvgPool3d.class.getMethod("stride", int[].class).isVarArgs());
    assertEquals(
        PoolNd.class, MaxPool2d.class.getMethod("padding", int[].class).getDeclaringClass());
  }

  @Test
  void fluentSettersReturnTheConcreteClass() {
    MaxPool2d p = new MaxPool2d(3).stride(2).padding(1).dilation(2).ceilMode(true);
    assertEquals(
        "MaxPool2d(kernel_size=3, stride=2, padding=1, dilation=2, ceil_mode=True)", p.toString());
    AvgPool2d a = new AvgPool2d(4).stride(2).countIncludePad(false).divisorOverride(3);
    assertEquals(3, a.getDivisorOverride());
  }

  @Test
  void maxPool1dTakesTheWithIndicesPathOnlyWhenAsked() {
    Tensor x = meta("2, 3, 12, 10");
    assertEquals(
        "max_pool1d: Expected 2D or 3D (batch mode) tensor with optional 0 dim batch size for"
            + " input, but got:[2, 3, 12, 10]",
        assertThrows(ShapeError.class, () -> new MaxPool1d(2).forward(x)).getMessage());
    assertEquals(
        "Expected 2 to 3 dimensions, but got 4-dimensional tensor for argument #1 'self' (while"
            + " checking arguments for max_pool1d)",
        assertThrows(ShapeError.class, () -> new MaxPool1d(2).returnIndices(true).forward(x))
            .getMessage());
  }

  @Test
  void avgPool1dPrintsTuplesAndTheOthersInts() {
    assertEquals(
        "AvgPool1d(kernel_size=(4,), stride=(2,), padding=(2,))",
        new AvgPool1d(4).stride(2).padding(2).toString());
    assertEquals("AvgPool3d(kernel_size=2, stride=2, padding=0)", new AvgPool3d(2).toString());
  }

  @Test
  void aRejectedArgumentLeavesThePoolUnchanged() {
    MaxPool3d p = new MaxPool3d(2).padding(1);
    assertThrows(NullPointerException.class, () -> p.padding((int[]) null));
    assertArrayEquals(new int[] {1}, p.getPadding());
  }
}
