package dev.shapesense.tensor.rules;

import dev.shapesense.tensor.Assumptions;
import dev.shapesense.tensor.Checks;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.Truth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Shape rules of the ops that reorder, add or drop dims without touching sizes: {@code permute},
 * {@code transpose}, {@code t}, {@code movedim}, {@code squeeze} and {@code unsqueeze}, with
 * PyTorch 1.13's checks in its order. Dim indexes may be negative (counted from the end).
 */
public final class TransposeRules {
  private TransposeRules() {}

  /** {@code x.permute(dims)}: output dim {@code i} is input dim {@code dims[i]}. */
  public static Shape permute(Shape input, long... dims) {
    int rank = input.rank();
    Checks.check(
        dims.length == rank,
        () ->
            "permute(sparse_coo): number of dimensions in the tensor input does not match the"
                + " length of the desired ordering of dimensions i.e. input.dim() = "
                + rank
                + " is not equal to len(dims) = "
                + dims.length);
    boolean[] seen = new boolean[Math.max(rank, 1)];
    List<Dim> out = new ArrayList<>();
    for (long d : dims) {
      int w = Checks.wrapDim(d, rank);
      Checks.check(!seen[w], () -> "permute(): duplicate dims are not allowed.");
      seen[w] = true;
      out.add(input.get(w));
    }
    return Shape.of(out);
  }

  /** {@code x.transpose(dim0, dim1)}. */
  public static Shape transpose(Shape input, long dim0, long dim1) {
    int rank = input.rank();
    int a = Checks.wrapDim(dim0, rank);
    int b = Checks.wrapDim(dim1, rank);
    if (rank == 0) {
      return input;
    }
    return input.set(a, input.get(b)).set(b, input.get(a));
  }

  /** {@code x.t()}: transpose of a tensor of at most 2 dims. */
  public static Shape t(Shape input) {
    Checks.check(
        input.rank() <= 2,
        () -> "t() expects a tensor with <= 2 dimensions, but self is " + input.rank() + "D");
    return transpose(input, 0, input.rank() < 2 ? 0 : 1);
  }

  /** {@code x.movedim(source, destination)}: dims at {@code source} move to {@code destination}. */
  public static Shape movedim(Shape input, long[] source, long[] destination) {
    Checks.check(
        source.length == destination.length,
        () ->
            "movedim: Invalid source or destination dims: source ("
                + Arrays.toString(source)
                + " dims) should contain the same number of dims as destination ("
                + Arrays.toString(destination)
                + " dims)");
    int rank = input.rank();
    int[] src = new int[source.length];
    int[] dst = new int[destination.length];
    for (int i = 0; i < src.length; i++) {
      src[i] = Checks.wrapDim(source[i], rank);
    }
    for (int i = 0; i < dst.length; i++) {
      dst[i] = Checks.wrapDim(destination[i], rank);
    }
    Checks.check(
        unique(src), () -> "movedim: repeated dim in `source` (" + Arrays.toString(source) + ")");
    Checks.check(
        unique(dst),
        () -> "movedim: repeated dim in `destination` (" + Arrays.toString(destination) + ")");
    if (rank == 0) {
      return input;
    }
    int[] order = new int[rank];
    Arrays.fill(order, -1);
    boolean[] moved = new boolean[rank];
    for (int i = 0; i < src.length; i++) {
      order[dst[i]] = src[i];
      moved[src[i]] = true;
    }
    // The other dims keep their relative order in the free positions.
    int next = 0;
    for (int pos = 0; pos < rank; pos++) {
      if (order[pos] >= 0) {
        continue;
      }
      while (moved[next]) {
        next++;
      }
      order[pos] = next++;
    }
    List<Dim> out = new ArrayList<>();
    for (int o : order) {
      out.add(input.get(o));
    }
    return Shape.of(out);
  }

  private static boolean unique(int[] dims) {
    int[] copy = dims.clone();
    Arrays.sort(copy);
    for (int i = 1; i < copy.length; i++) {
      if (copy[i] == copy[i - 1]) {
        return false;
      }
    }
    return true;
  }

  /** {@code x.squeeze()}: every dim of size 1 removed. */
  public static Shape squeeze(Shape input) {
    List<Dim> out = new ArrayList<>();
    Assumptions into = new Assumptions();
    for (Dim d : input) {
      if (!isOne(d, into)) {
        out.add(d);
      }
    }
    return Shape.of(out).assuming(into);
  }

  /** {@code x.squeeze(dims)}: the given dims removed where their size is 1. */
  public static Shape squeeze(Shape input, long... dims) {
    int rank = input.rank();
    boolean[] drop = new boolean[Math.max(rank, 1)];
    for (long d : dims) {
      int w = Checks.wrapDim(d, rank);
      Checks.check(!drop[w], () -> "dim " + w + " appears multiple times in the list of dims");
      drop[w] = true;
    }
    List<Dim> out = new ArrayList<>();
    Assumptions into = new Assumptions();
    for (int i = 0; i < rank; i++) {
      if (!drop[i] || !isOne(input.get(i), into)) {
        out.add(input.get(i));
      }
    }
    return Shape.of(out).assuming(into);
  }

  /** Whether a dim is 1; a symbolic dim that may be 1 is kept under the assumption it is not. */
  private static boolean isOne(Dim d, Assumptions into) {
    Truth one = Dim.eq(d, Dim.of(1));
    if (one == Truth.UNKNOWN) {
      into.add(d + " != 1");
    }
    return one == Truth.TRUE;
  }

  /** {@code x.unsqueeze(dim)}: a dim of size 1 inserted at {@code dim}. */
  public static Shape unsqueeze(Shape input, long dim) {
    int d = Checks.wrapDim(dim, input.rank() + 1);
    return input.insert(d, Dim.of(1));
  }
}
