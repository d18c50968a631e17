package dev.shapesense.tensor.rules;

import dev.shapesense.tensor.Assumptions;
import dev.shapesense.tensor.Checks;
import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Shape;

/**
 * Shape rules of {@code F.embedding}: a lookup of int64/int32 indices into a 2-d weight {@code
 * [num_embeddings, embedding_dim]} gives {@code indices.shape + [embedding_dim]}.
 */
public final class EmbeddingRules {
  private EmbeddingRules() {}

  /**
   * Python's {@code padding_idx} check against {@code numEmbeddings}, as a module's setter makes
   * it; returns the index made non-negative ({@code -1} for none, as PyTorch passes it on). A bound
   * undecidable on a symbolic {@code numEmbeddings} is not kept: {@code F.embedding} checks it
   * again on the weight and records it on its result ({@link #paddingIdx(Integer, Dim, String,
   * Assumptions)}).
   */
  public static long paddingIdx(Integer paddingIdx, Dim numEmbeddings) {
    return paddingIdx(paddingIdx, numEmbeddings, "Padding_idx must be within num_embeddings");
  }

  /** As {@link #paddingIdx(Integer, Dim)} with the assertion's text ({@code EmbeddingBag}'s). */
  public static long paddingIdx(Integer paddingIdx, Dim numEmbeddings, String message) {
    return paddingIdx(paddingIdx, numEmbeddings, message, new Assumptions());
  }

  /**
   * As {@link #paddingIdx(Integer, Dim, String)}, recording undecidable bounds into {@code into}.
   */
  public static long paddingIdx(
      Integer paddingIdx, Dim numEmbeddings, String message, Assumptions into) {
    if (paddingIdx == null) {
      return -1;
    }
    long p = paddingIdx;
    if (p > 0) {
      Checks.check(
          Dim.lt(Dim.of(p), numEmbeddings),
          "AssertionError",
          () -> message,
          () -> p + " < " + numEmbeddings,
          into);
      return p;
    }
    if (p < 0) {
      Checks.check(
          Dim.le(numEmbeddings.negate(), Dim.of(p)),
          "AssertionError",
          () -> message,
          () -> -p + " <= " + numEmbeddings,
          into);
      Dim wrapped = numEmbeddings.plus(p);
      return wrapped.isConst() ? wrapped.value() : p;
    }
    return 0;
  }

  /**
   * {@code embedding_renorm_}'s checks, run when {@code max_norm} is given; records into {@code
   * into}.
   */
  public static void renorm(Shape weight, Shape indices, DType indicesDtype, Assumptions into) {
    Checks.check(
        weight.rank() == 2,
        () ->
            "Expected 2-dimensional tensor, but got "
                + weight.rank()
                + "-dimensional tensor for argument #1 'self' (while checking arguments for"
                + " embedding_renorm_)");
    checkIndices(indicesDtype, 2, "embedding_renorm_");
    Checks.check(
        weight.get(0).eq(0).not().or(indices.numel().eq(0)),
        "IndexError",
        () -> "select(): index 0 out of range for tensor of size " + weight + " at dimension 0",
        () -> weight.get(0) + " != 0",
        into);
  }

  /** {@code torch.embedding(weight, indices)}: the output shape. */
  public static Shape embedding(Shape indices, DType indicesDtype, Shape weight) {
    Checks.check(weight.rank() == 2, () -> "'weight' must be 2-D");
    checkIndices(indicesDtype, 1, "embedding");
    Assumptions into = new Assumptions();
    Checks.check(
        weight.get(0).eq(0).not().or(indices.numel().eq(0)),
        () -> "index_select(): self indexing axis dim should be positive",
        () -> weight.get(0) + " != 0",
        into);
    return indices.concat(Shape.of(weight.get(1))).assuming(into);
  }

  private static void checkIndices(DType dtype, int argument, String op) {
    Checks.check(
        dtype == DType.INT64 || dtype == DType.INT32,
        () ->
            "Expected tensor for argument #"
                + argument
                + " 'indices' to have one of the following scalar types: Long, Int; but got "
                + legacyTypeName(dtype)
                + " instead (while checking arguments for "
                + op
                + ")");
  }

  /**
   * The type name {@code checkScalarTypes} prints: {@code torch.FloatTensor}, {@code CPUBoolType}.
   */
  static String legacyTypeName(DType dtype) {
    return dtype == DType.BOOL || dtype == DType.BFLOAT16
        ? "CPU" + dtype.scalarName() + "Type"
        : dtype.tensorTypeName();
  }

  /** {@code nn.Embedding.from_pretrained}: the embeddings are 2-d. */
  public static void fromPretrained(Shape embeddings) {
    Checks.check(
        embeddings.rank() == 2,
        "AssertionError",
        () -> "Embeddings parameter is expected to be 2-dimensional");
  }
}
