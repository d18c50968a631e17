package dev.shapesense.tensor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.ShapeError;
import org.junit.jupiter.api.Test;

class ActivationRulesTest {
  @Test
  void gluHalvesTheDim() {
    assertEquals("[N, H]", ActivationRules.glu(Shape.parse("N, 2 * H"), -1).toString());
    ShapeError e = assertThrows(ShapeError.class, () -> ActivationRules.glu(Shape.of(2, 3), 1));
    assertEquals("Halving dimension must be even, but dimension 1 is size 3", e.getMessage());
    assertEquals(
        java.util.List.of("L % 2 == 0"), ActivationRules.glu(Shape.parse("N, L"), 1).assumptions());
  }

  @Test
  void softmaxImplicitDimAndRange() {
    assertEquals(0, ActivationRules.softmaxDim(1));
    assertEquals(1, ActivationRules.softmaxDim(2));
    assertEquals(0, ActivationRules.softmaxDim(3));
    assertEquals(1, ActivationRules.softmaxDim(4));
    ShapeError e =
        assertThrows(ShapeError.class, () -> ActivationRules.softmax(Shape.of(1, 3), -3));
    assertEquals("IndexError", e.pythonType());
    assertEquals(
        "Dimension out of range (expected to be in range of [-2, 1], but got -3)", e.getMessage());
  }

  @Test
  void geluApproximateAndPreluChannels() {
    ShapeError e = assertThrows(ShapeError.class, () -> ActivationRules.gelu(Shape.of(2), "fast"));
    assertEquals("approximate argument must be either none or tanh.", e.getMessage());
    e = assertThrows(ShapeError.class, () -> ActivationRules.prelu(Shape.of(2, 3), Shape.of(2)));
    assertEquals(
        "Mismatch of parameter numbers and input channel size. Found parameter numbers = 2 and"
            + " channel size = 3.",
        e.getMessage());
  }

  @Test
  void pythonFloatRepr() {
    assertEquals("1e-05", PythonFloat.repr(1e-5));
    assertEquals("0.1", PythonFloat.repr(0.1));
    assertEquals("2.0", PythonFloat.repr(2));
    assertEquals("-0.1", PythonFloat.repr(-0.1));
    assertEquals("0.0001", PythonFloat.repr(1e-4));
    assertEquals("1e+16", PythonFloat.repr(1e16));
    assertEquals("0.3333333333333333", PythonFloat.repr(1.0 / 3));
  }

  @Test
  void dropoutProbability() {
    ShapeError e = assertThrows(ShapeError.class, () -> DropoutRules.checkProbability(1.5));
    assertEquals("ValueError", e.pythonType());
    assertEquals("dropout probability has to be between 0 and 1, but got 1.5", e.getMessage());
  }
}
