package dev.shapesense.tensor.rules;

import dev.shapesense.tensor.Checks;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Shape;
import java.util.ArrayList;
import java.util.List;

/**
 * Shape rule of {@code torch.diagonal(input, offset=0, dim1=0, dim2=1)} (PyTorch 1.13's {@code
 * diagonal} in {@code TensorShape.cpp}): dims {@code dim1} and {@code dim2} are removed and the
 * diagonal's length appended. Sizes may be symbolic: the length stays exact through {@code min} and
 * {@code max}.
 */
public final class DiagonalRules {
  private DiagonalRules() {}

  /**
   * The shape of the diagonal at {@code offset} (above the main one when positive, below when
   * negative) of the matrices spanned by {@code dim1} and {@code dim2}: length {@code max(0,
   * min(n1, n2 - offset))} for {@code offset >= 0}, {@code max(0, min(n1 + offset, n2))} below.
   */
  public static Shape diagonal(Shape input, long offset, long dim1, long dim2) {
    int d1 = Checks.wrapDim(dim1, input.rank());
    int d2 = Checks.wrapDim(dim2, input.rank());
    Checks.check(d1 != d2, () -> "diagonal dimensions cannot be identical " + dim1 + ", " + dim2);
    List<Dim> out = new ArrayList<>();
    for (int i = 0; i < input.rank(); i++) {
      if (i != d1 && i != d2) {
        out.add(input.get(i));
      }
    }
    Dim n1 = input.get(d1);
    Dim n2 = input.get(d2);
    Dim length = offset >= 0 ? n1.min(n2.minus(offset)) : n1.plus(offset).min(n2);
    out.add(length.max(Dim.of(0)));
    return Shape.of(out);
  }
}
