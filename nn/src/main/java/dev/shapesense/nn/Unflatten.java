package dev.shapesense.nn;

import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code nn.Unflatten(dim, unflattened_size)}: dim {@code dim} split into {@code unflattenedSize}
 * (one entry may be -1), as {@code input.unflatten(dim, unflattenedSize)}; checked in forward, as
 * in PyTorch.
 */
public class Unflatten extends Module {
  private final int dim;
  private final List<Dim> unflattenedSize;

  public Unflatten(int dim, long... unflattenedSize) {
    this.dim = dim;
    List<Dim> sizes = new ArrayList<>();
    for (long s : unflattenedSize) {
      sizes.add(Dim.of(s));
    }
    this.unflattenedSize = List.copyOf(sizes);
  }

  /** Sizes that may be symbolic, e.g. {@code new Unflatten(1, Dim.sym("C"), Dim.of(7), 7)}. */
  public Unflatten(int dim, Dim... unflattenedSize) {
    this.dim = dim;
    this.unflattenedSize = List.of(unflattenedSize);
  }

  public Tensor forward(Tensor input) {
    return fire(input.unflatten(dim, unflattenedSize.toArray(new Dim[0])), input);
  }

  @Override
  protected String extraRepr() {
    StringBuilder sb = new StringBuilder("(");
    for (int i = 0; i < unflattenedSize.size(); i++) {
      sb.append(i > 0 ? ", " : "").append(unflattenedSize.get(i));
    }
    sb.append(unflattenedSize.size() == 1 ? ",)" : ")");
    return "dim=" + dim + ", unflattened_size=" + sb;
  }
}
