package dev.shapesense.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Device;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.Tensors;
import org.junit.jupiter.api.Test;

/** A module's parameter totals count every parameter once, as {@code model.parameters()} does. */
class ParameterTotalsTest {
  /** A tied layer (the same Linear twice), a frozen parameter and a float64 one. */
  private static Module tied() {
    try (Device.Scope meta = Device.META.asDefault()) {
      Module m = new Module() {};
      Linear shared = m.addModule("shared", new Linear(4, 3));
      m.addModule("body", new Sequential(shared, new ReLU(), shared));
      m.registerParameter(
          "frozen", new Parameter(Tensors.empty(Device.META, DType.FLOAT32, Shape.of(5)), false));
      m.registerParameter(
          "wide", new Parameter(Tensors.empty(Device.META, DType.FLOAT64, Shape.of(2, 2))));
      return m;
    }
  }

  @Test
  void eachParameterCountsOnceAndFrozenOnesAreNotTrainable() {
    Module m = tied();
    // shared: 4 * 3 + 3 = 15 (once, though reachable three times), frozen 5, wide 4.
    assertEquals(Dim.of(24), m.parameterSize());
    assertEquals(Dim.of(19), m.trainableParameterSize());
    // float32: (15 + 5) * 4 bytes, float64: 4 * 8 bytes.
    assertEquals(Dim.of(112), m.parameterBytes());
    assertEquals(
        new Module.ParameterTotals(Dim.of(24), Dim.of(19), Dim.of(112)), m.parameterTotals());
    assertEquals(4, m.namedParameters().size());
  }

  @Test
  void symbolicSizesGiveSymbolicTotals() {
    Linear l;
    try (Device.Scope meta = Device.META.asDefault()) {
      l = new Linear(Dim.sym("d"), Dim.of(8));
    }
    assertEquals("8 * d + 8", l.parameterSize().toString());
    assertEquals("32 * d + 32", l.parameterBytes().toString());
  }

  @Test
  void bytesPastTwoToTheSixtyThreeAreUnknownThoughTheCountIsNot() {
    Module m = new Module() {};
    // 2^59 float64 elements are 2^62 bytes each; two of them pass 2^63 - 1.
    for (String name : new String[] {"a", "b"}) {
      m.registerParameter(
          name, new Parameter(Tensors.empty(Device.META, DType.FLOAT64, Shape.of(1L << 59))));
    }
    assertEquals(Dim.of(1L << 60), m.parameterSize());
    assertNull(m.parameterTotals().bytes());
    assertThrows(ArithmeticException.class, m::parameterBytes);
  }
}
