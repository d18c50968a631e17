package dev.shapesense.tensor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.ShapeError;
import org.junit.jupiter.api.Test;

class EmbeddingRulesTest {
  @Test
  void appendsEmbeddingDim() {
    assertEquals(
        "[B, T, 32]",
        EmbeddingRules.embedding(Shape.parse("B, T"), DType.INT64, Shape.of(1000, 32)).toString());
    assertEquals(
        "[8]", EmbeddingRules.embedding(Shape.of(), DType.INT32, Shape.of(10, 8)).toString());
  }

  @Test
  void rejectsFloatIndices() {
    ShapeError e =
        assertThrows(
            ShapeError.class,
            () -> EmbeddingRules.embedding(Shape.of(2), DType.FLOAT32, Shape.of(10, 3)));
    assertEquals(
        "Expected tensor for argument #1 'indices' to have one of the following scalar types:"
            + " Long, Int; but got torch.FloatTensor instead (while checking arguments for"
            + " embedding)",
        e.getMessage());
  }

  @Test
  void paddingIdxWithinNumEmbeddings() {
    assertEquals(9, EmbeddingRules.paddingIdx(-1, Dim.of(10)));
    ShapeError e = assertThrows(ShapeError.class, () -> EmbeddingRules.paddingIdx(10, Dim.of(10)));
    assertEquals("AssertionError", e.pythonType());
    assertEquals("Padding_idx must be within num_embeddings", e.getMessage());
  }
}
