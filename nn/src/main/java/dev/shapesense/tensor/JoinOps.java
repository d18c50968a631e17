package dev.shapesense.tensor;

import dev.shapesense.tensor.rules.JoinRules;
import java.util.ArrayList;
import java.util.List;

/**
 * Joins ({@code torch.cat}, {@code stack}, {@code hstack}, {@code vstack}): the one implementation
 * of each, which the generated overloads of {@code Tensors} call. The shape rule first, then on CPU
 * the kernel ({@link CpuOps#cat}).
 */
final class JoinOps {
  private JoinOps() {}

  private static List<Shape> shapesOf(List<Tensor> tensors) {
    List<Shape> out = new ArrayList<>();
    for (Tensor t : tensors) {
      out.add(t.shape());
    }
    return out;
  }

  private static DType promoteAll(List<Tensor> tensors) {
    DType d = tensors.isEmpty() ? DType.FLOAT32 : tensors.get(0).dtype();
    for (Tensor t : tensors) {
      d = DType.promote(d, t.dtype());
    }
    return d;
  }

  private static Tensor joined(Shape s, List<Tensor> tensors) {
    return Tensor.result(s, promoteAll(tensors), tensors.toArray(new Tensor[0]));
  }

  /** {@code torch.cat(tensors, dim)}. */
  static Tensor cat(List<Tensor> tensors, int dim) {
    Shape s = JoinRules.cat(shapesOf(tensors), dim);
    if (!tensors.isEmpty() && tensors.get(0).hasData()) {
      return CpuOps.cat(tensors, s, Checks.wrapDim(dim, s.rank()), promoteAll(tensors));
    }
    return joined(s, tensors);
  }

  /** {@code torch.stack(tensors, dim)}. */
  static Tensor stack(List<Tensor> tensors, int dim) {
    Shape s = JoinRules.stack(shapesOf(tensors), dim);
    if (!tensors.isEmpty() && tensors.get(0).hasData()) {
      int d = Checks.wrapDim(dim, s.rank());
      List<Tensor> parts = new ArrayList<>();
      for (Tensor t : tensors) {
        parts.add(t.unsqueeze(d));
      }
      return CpuOps.cat(parts, s, d, promoteAll(tensors));
    }
    return joined(s, tensors);
  }

  static Tensor hstack(List<Tensor> tensors) {
    Shape s = JoinRules.hstack(shapesOf(tensors));
    if (tensors.get(0).hasData()) {
      // atleast_1d, then cat along dim 0 (1-d inputs) or 1, as torch.hstack does.
      List<Tensor> rs = new ArrayList<>();
      for (Tensor t : tensors) {
        rs.add(t.dim() == 0 ? t.unsqueeze(0) : t);
      }
      return CpuOps.cat(rs, s, rs.get(0).dim() == 1 ? 0 : 1, promoteAll(tensors));
    }
    return joined(s, tensors);
  }

  static Tensor vstack(List<Tensor> tensors) {
    Shape s = JoinRules.vstack(shapesOf(tensors));
    if (tensors.get(0).hasData()) {
      // atleast_2d, then cat along dim 0.
      List<Tensor> rs = new ArrayList<>();
      for (Tensor t : tensors) {
        rs.add(t.dim() == 0 ? t.unsqueeze(0).unsqueeze(0) : t.dim() == 1 ? t.unsqueeze(0) : t);
      }
      return CpuOps.cat(rs, s, 0, promoteAll(tensors));
    }
    return joined(s, tensors);
  }
}
