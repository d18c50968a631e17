package dev.shapesense.tensor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shapesense.nn.BatchNorm2d;
import dev.shapesense.nn.Conv2d;
import dev.shapesense.nn.ConvTranspose2d;
import dev.shapesense.nn.Embedding;
import dev.shapesense.nn.LSTM;
import dev.shapesense.nn.Linear;
import dev.shapesense.nn.ReLU;
import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Device;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Shape;
import org.junit.jupiter.api.Test;

/** Each layer family's multiply-adds as torchinfo 1.8.0's calculate_macs gives them. */
class CostRulesTest {
  private static final Dim N = Dim.sym("N");

  @Test
  void convCountsBatchAndSpatialDimsNotChannels() {
    try (var scope = Device.META.asDefault()) {
      // (6*3*5*5 + 6) * N * 28 * 28
      assertEquals(
          "357504 * N",
          new Conv2d(3, 6, 5).multAdds(Shape.of(N, Dim.of(6), Dim.of(28), Dim.of(28))).toString());
      assertEquals(
          Dim.of((16 * 8 * 3 * 3 + 8) * 2 * 9 * 9),
          new ConvTranspose2d(16, 8, 3).multAdds(Shape.of(2, 8, 9, 9)));
    }
  }

  @Test
  void weightAndBiasCountOncePerBatchElement() {
    try (var scope = Device.META.asDefault()) {
      assertEquals("48120 * N", new Linear(400, 120).multAdds(Shape.of(N, Dim.of(120))).toString());
      // torchinfo 1.8.0 counts only output_size[0], also for a 3-D input.
      assertEquals(
          Dim.of(2 * (64 * 192 + 192)), new Linear(64, 192).multAdds(Shape.of(2, 10, 192)));
      assertEquals(Dim.of(2 * 128), new BatchNorm2d(64).multAdds(Shape.of(2, 64, 8, 8)));
      assertEquals(Dim.of(2 * 5000 * 100), new Embedding(5000, 100).multAdds(Shape.of(2, 7, 100)));
      assertEquals(Dim.of(0), new ReLU().multAdds(Shape.of(2, 64)));
    }
  }

  @Test
  void recurrentWeightsCountPerTimeStep() {
    try (var scope = Device.META.asDefault()) {
      long params = 4 * 128 * 100 + 4 * 128 * 128 + 2 * 4 * 128;
      assertEquals(
          Dim.of(2 * 7 * params), new LSTM(100, 128, 1, true, true).multAdds(Shape.of(2, 7, 128)));
    }
  }

  @Test
  void functionalProductsAndBytes() {
    Shape a = Shape.of(N, Dim.of(4), Dim.of(10), Dim.of(16));
    assertEquals(
        "6400 * N", CostRules.matmul(a, Shape.of(N, Dim.of(4), Dim.of(10), Dim.of(10))).toString());
    assertEquals(
        Dim.of(2 * 32 * 64 + 2 * 32), CostRules.linear(Shape.of(2, 64), Shape.of(2, 32), true));
    assertEquals(Dim.of(16), CostRules.matmul(Shape.of(16), Shape.of()));
    assertEquals(
        "18816 * N",
        CostRules.bytes(Shape.of(N, Dim.of(6), Dim.of(28), Dim.of(28)), DType.FLOAT32).toString());
    assertEquals(Dim.of(2 * 7 * 8), CostRules.bytes(Shape.of(2, 7), DType.INT64));
  }
}
