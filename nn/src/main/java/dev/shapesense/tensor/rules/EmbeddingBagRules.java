package dev.shapesense.tensor.rules;

import dev.shapesense.tensor.Assumptions;
import dev.shapesense.tensor.Checks;
import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.Truth;

/**
 * Shape rule of {@code F.embedding_bag}: bags of indices (a 2-d input {@code [B, N]} is B bags of
 * N; a 1-d input is split by 1-d {@code offsets}) reduced to {@code [bags, embedding_dim]}, one row
 * fewer with {@code include_last_offset}. Checks run in PyTorch's order: Python's argument checks,
 * then ATen's dtype, padding and offset checks.
 */
public final class EmbeddingBagRules {
  private EmbeddingBagRules() {}

  /** The non-tensor arguments of {@code F.embedding_bag}. */
  public record Options(
      boolean hasMaxNorm,
      boolean scaleGradByFreq,
      String mode,
      boolean sparse,
      boolean includeLastOffset,
      Integer paddingIdx) {}

  /** A tensor argument's shape and dtype; null shape when the argument is None. */
  public record Arg(Shape shape, DType dtype) {}

  public static Shape embeddingBag(Arg input, Arg weight, Arg offsets, Arg perSample, Options o) {
    if (weight.dtype() == DType.INT64 && input.dtype().isFloatingPoint()) {
      Arg t = input;
      input = weight;
      weight = t;
    }
    Shape in = input.shape();
    Assumptions into = new Assumptions();
    if (perSample != null && !sameShape(in, perSample.shape(), into)) {
      Shape ps = perSample.shape();
      throw new dev.shapesense.tensor.ShapeError(
          "ValueError",
          "embedding_bag: If per_sample_weights ("
              + ps.torchSize()
              + ") is not None, then it must have the same shape as the input ("
              + in.torchSize()
              + ")");
    }
    Dim bags;
    if (in.rank() == 2) {
      Checks.check(
          offsets == null,
          "ValueError",
          () ->
              "if input is 2D, then offsets has to be None, as input is treated is a mini-batch of"
                  + " fixed length sequences. However, found offsets of type <class"
                  + " 'torch.Tensor'>");
      Dim step = in.get(1);
      Checks.check(step.eq(0).not(), () -> "step must be nonzero", () -> step + " != 0", into);
      bags = in.get(0);
    } else if (in.rank() == 1) {
      Checks.check(
          offsets != null, "ValueError", () -> "offsets has to be a 1D Tensor but got None");
      Checks.check(
          offsets.shape().rank() == 1, "ValueError", () -> "offsets has to be a 1D Tensor");
      bags = offsets.shape().get(0);
    } else {
      int r = in.rank();
      throw new dev.shapesense.tensor.ShapeError(
          "ValueError", "input has to be 1D or 2D Tensor, but got Tensor of dimension " + r);
    }
    checkMode(o);
    if (o.hasMaxNorm()) {
      EmbeddingRules.renorm(weight.shape(), Shape.of(in.numel()), input.dtype(), into);
    }
    Checks.check(
        perSample == null || o.mode().equals("sum"),
        "NotImplementedError",
        () ->
            "embedding_bag: per_sample_weights was not None. per_sample_weights is only supported"
                + " for mode='sum' (got mode='"
                + o.mode()
                + "'). Please open a feature request on GitHub.");
    checkAten(input, weight, offsets, perSample);
    Dim dim = weight.shape().get(Checks.wrapDim(1, weight.shape().rank()));
    if (o.paddingIdx() != null) {
      Dim n = weight.shape().get(0);
      long p = o.paddingIdx();
      Checks.check(
          Dim.le(n.negate(), Dim.of(p)).and(Dim.lt(Dim.of(p), n)),
          () ->
              "padding_idx must be within the number of embeddings, -"
                  + n
                  + " through "
                  + n.minus(1)
                  + ", but got "
                  + p,
          () -> "-" + n + " <= " + p + " < " + n,
          into);
    }
    if (o.includeLastOffset()) {
      Dim b = bags;
      Checks.check(
          Dim.le(Dim.of(1), b),
          () -> "include_last_offset: number of offset should be at least 1",
          () -> b + " >= 1",
          into);
      bags = bags.minus(1);
    }
    return Shape.of(bags, dim).assuming(into);
  }

  private static void checkMode(Options o) {
    switch (o.mode()) {
      case "sum", "mean" -> {}
      case "max" -> {
        Checks.check(
            !o.scaleGradByFreq(),
            "ValueError",
            () -> "max mode does not support scaling the gradient by the frequency");
        Checks.check(!o.sparse(), "ValueError", () -> "max mode does not support sparse weights");
      }
      default ->
          throw new dev.shapesense.tensor.ShapeError(
              "ValueError", "mode has to be one of sum, mean or max");
    }
  }

  private static void checkAten(Arg input, Arg weight, Arg offsets, Arg perSample) {
    checkIndexType(input.dtype());
    if (offsets != null) {
      checkIndexType(offsets.dtype());
    }
    DType w = weight.dtype();
    Checks.check(
        w == DType.FLOAT16 || w == DType.FLOAT32 || w == DType.FLOAT64,
        () ->
            "Expected tensor for argument #1 'weight' to have one of the following scalar types:"
                + " Half, Float, Double; but got "
                + EmbeddingRules.legacyTypeName(w)
                + " instead (while checking arguments for embedding_bag)");
    if (perSample != null) {
      DType p = perSample.dtype();
      Checks.check(
          p == w,
          () ->
              "Expected tensor for argument #1 'weight' to have the same type as tensor for"
                  + " argument #1 'per_sample_weights'; but type "
                  + EmbeddingRules.legacyTypeName(w)
                  + " does not equal "
                  + EmbeddingRules.legacyTypeName(p)
                  + " (while checking arguments for embedding_bag)");
    }
  }

  private static void checkIndexType(DType d) {
    Checks.check(
        d == DType.INT64 || d == DType.INT32,
        () ->
            "Expected tensor for argument #1 'indices' to have one of the following scalar types:"
                + " Long, Int; but got "
                + EmbeddingRules.legacyTypeName(d)
                + " instead (while checking arguments for embedding_bag)");
  }

  private static boolean sameShape(Shape a, Shape b, Assumptions into) {
    if (a.rank() != b.rank()) {
      return false;
    }
    Truth t = Truth.TRUE;
    for (int i = 0; i < a.rank(); i++) {
      t = t.and(Dim.eq(a.get(i), b.get(i)));
    }
    if (t == Truth.FALSE) {
      return false;
    }
    Checks.check(t, () -> "", () -> a + " == " + b, into);
    return true;
  }
}
