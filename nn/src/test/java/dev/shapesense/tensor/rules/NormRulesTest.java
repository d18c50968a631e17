package dev.shapesense.tensor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.ShapeError;
import org.junit.jupiter.api.Test;

class NormRulesTest {
  @Test
  void batchNormKeepsSymbolicShapeAndAssumesChannels() {
    Shape in = Shape.parse("N, C, H, W");
    Shape out = NormRules.batchNorm(in, Shape.of(16), Shape.of(16), Shape.of(16), null, true);
    assertEquals("[N, C, H, W]", out.toString());
    assertEquals(java.util.List.of("H * N * W != 1", "C == 16"), out.assumptions());
  }

  @Test
  void batchNormChannelMismatchCarriesFacts() {
    ShapeError e =
        assertThrows(
            ShapeError.class,
            () ->
                NormRules.batchNorm(
                    Shape.of(3, 15, 8), Shape.of(16), Shape.of(16), null, null, true));
    assertEquals("running_mean should contain 15 elements not 16", e.getMessage());
    assertEquals("num_features", e.violation().argument());
    assertEquals("15", e.violation().expected().toString());
    assertEquals("16", e.violation().actual().toString());
  }

  @Test
  void batchNormNeedsMoreThanOneValuePerChannelInTraining() {
    ShapeError e =
        assertThrows(
            ShapeError.class,
            () -> NormRules.batchNorm(Shape.of(1, 4), Shape.of(4), Shape.of(4), null, null, true));
    assertEquals("ValueError", e.pythonType());
    assertEquals(
        "Expected more than 1 value per channel when training, got input size"
            + " torch.Size([1, 4])",
        e.getMessage());
    assertEquals(
        "[1, 4]",
        NormRules.batchNorm(Shape.of(1, 4), Shape.of(4), Shape.of(4), null, null, false)
            .toString());
  }

  @Test
  void layerNormComparesTrailingDims() {
    assertEquals(
        "[B, T, 64]",
        NormRules.layerNorm(Shape.parse("B, T, 64"), Shape.of(64), Shape.of(64), Shape.of(64))
            .toString());
    ShapeError e =
        assertThrows(
            ShapeError.class,
            () -> NormRules.layerNorm(Shape.parse("B, 7"), Shape.of(5, 5), null, null));
    assertEquals(
        "Given normalized_shape=[5, 5], expected input with shape [*, 5, 5], but got input of"
            + " size[B, 7]",
        e.getMessage());
    assertEquals("normalized_shape", e.violation().argument());
    assertEquals("[B, 7]", e.violation().expected().toString());
  }

  @Test
  void groupNormChecksDivisibilityAndWeight() {
    ShapeError e =
        assertThrows(
            ShapeError.class,
            () -> NormRules.groupNorm(Shape.of(2, 4, 6), 2, Shape.of(2), Shape.of(2)));
    assertEquals(
        "Expected weight to be a vector of size equal to the number of channels in input, but got"
            + " weight of shape [2] and input of shape [2, 4, 6]",
        e.getMessage());
    assertEquals("num_channels", e.violation().argument());
    assertEquals(
        "[N, 6, L]", NormRules.groupNorm(Shape.parse("N, 6, L"), 3, null, null).toString());
  }

  @Test
  void instanceNormRepeatsPerSampleTensors() {
    ShapeError e =
        assertThrows(
            ShapeError.class,
            () ->
                NormRules.instanceNorm(
                    Shape.of(1, 3, 6, 2), null, null, Shape.of(2), Shape.of(2), true, 0.1));
    assertEquals("weight should contain 3 elements not 2", e.getMessage());
    assertEquals("3", e.violation().expected().toString());
    assertEquals("2", e.violation().actual().toString());
  }
}
