package dev.shapesense.tensor.rules;

import dev.shapesense.tensor.Checks;
import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.ShapeError;
import java.util.ArrayList;
import java.util.List;

/**
 * Shape rules of {@code torch.roll}, {@code torch.index_select} and {@code torch.meshgrid}, with
 * PyTorch 1.13's CPU error texts.
 */
public final class RollIndexRules {
  private RollIndexRules() {}

  /**
   * {@code torch.roll(input, shifts, dims)}: the input's shape; no dims rolls the flattened tensor.
   */
  public static Shape roll(Shape input, long[] shifts, long[] dims) {
    if (shifts.length == 0) {
      throw new ShapeError("RuntimeError", "`shifts` required");
    }
    if (dims.length == 0 && shifts.length == 1) {
      return input;
    }
    if (shifts.length != dims.length) {
      throw new ShapeError(
          "RuntimeError",
          "shifts and dimensions must align. shifts: " + shifts.length + ", dims:" + dims.length);
    }
    for (long d : dims) {
      if (input.rank() == 0) {
        throw new ShapeError(
            "IndexError", "Dimension specified as " + d + " but tensor has no dimensions");
      }
      Checks.wrapDim(d, input.rank());
    }
    return input;
  }

  /**
   * {@code torch.index_select(input, dim, index)}: {@code dim} takes the index's length; the index
   * is a vector (or a scalar) of int32 or int64. Index values are data, not checked here.
   */
  public static Shape indexSelect(Shape input, long dim, Shape index, DType indexDtype) {
    int d = Checks.wrapDim(dim, input.rank());
    if (index.rank() > 1) {
      throw new ShapeError("IndexError", "index_select(): Index is supposed to be a vector");
    }
    if (indexDtype != DType.INT64 && indexDtype != DType.INT32) {
      throw new ShapeError(
          "RuntimeError", "index_select(): Expected dtype int32 or int64 for index");
    }
    if (input.rank() == 0) {
      return input;
    }
    List<Dim> dims = new ArrayList<>(input.dims());
    dims.set(d, index.rank() == 0 ? Dim.of(1) : index.get(0));
    return Shape.of(dims);
  }

  /**
   * {@code torch.meshgrid(tensors, indexing)}: every output has one dim per input (a 0-d input
   * counts as 1), the first two swapped for {@code "xy"}.
   */
  public static Shape meshgrid(List<Shape> inputs, List<DType> dtypes, String indexing) {
    if (inputs.isEmpty()) {
      throw new ShapeError("RuntimeError", "meshgrid expects a non-empty TensorList");
    }
    for (DType t : dtypes) {
      if (t != dtypes.get(0)) {
        throw new ShapeError("RuntimeError", "meshgrid expects all tensors to have the same dtype");
      }
    }
    List<Dim> dims = new ArrayList<>();
    for (Shape s : inputs) {
      if (s.rank() > 1) {
        // CPU prints the offending tensor's values here; a shape-only tensor has none to print.
        throw new ShapeError(
            "RuntimeError",
            "torch.meshgrid: Expected 0D or 1D tensor in the tensor list but got: tensor of shape "
                + s);
      }
      dims.add(s.rank() == 0 ? Dim.of(1) : s.get(0));
    }
    if (!indexing.equals("ij") && !indexing.equals("xy")) {
      throw new ShapeError(
          "RuntimeError",
          "torch.meshgrid: indexing must be one of \"xy\" or \"ij\", but received: " + indexing);
    }
    if (indexing.equals("xy") && dims.size() >= 2) {
      Dim first = dims.get(0);
      dims.set(0, dims.get(1));
      dims.set(1, first);
    }
    return Shape.of(dims);
  }
}
