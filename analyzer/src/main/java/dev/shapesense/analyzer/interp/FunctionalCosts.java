package dev.shapesense.analyzer.interp;

import dev.shapesense.nn.F;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.Tensors;
import dev.shapesense.tensor.rules.CostRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The multiply-adds of the functional matrix products a {@code forward} runs ({@code x.matmul(w)},
 * {@code Tensors.bmm(q, k)}, {@code F.linear(x, w, b)}...), which torchinfo does not see; null for
 * any other call. Operands are the receiver, if any, then the arguments.
 */
final class FunctionalCosts {
  private static final Set<String> PRODUCTS = Set.of("matmul", "mm", "bmm", "mv", "dot");
  private static final Set<String> ADD_PRODUCTS = Set.of("addmm", "baddbmm");

  private FunctionalCosts() {}

  static Dim macs(Class<?> cls, Object receiver, String name, List<Object> args, Object result) {
    if (!(result instanceof Tensor out)
        || !(cls == Tensors.class || cls == F.class || receiver instanceof Tensor)) {
      return null;
    }
    List<Object> ops = new ArrayList<>();
    if (receiver instanceof Tensor) {
      ops.add(receiver);
    }
    ops.addAll(args);
    if (PRODUCTS.contains(name) && !ops.isEmpty() && ops.get(0) instanceof Tensor a) {
      return CostRules.matmul(a.shape(), out.shape());
    }
    if (ADD_PRODUCTS.contains(name) && ops.size() > 1 && ops.get(1) instanceof Tensor a) {
      return CostRules.matmul(a.shape(), out.shape());
    }
    if (name.equals("linear")
        && cls == F.class
        && !ops.isEmpty()
        && ops.get(0) instanceof Tensor x) {
      boolean bias = ops.size() > 2 && ops.get(2) instanceof Tensor;
      return CostRules.linear(x.shape(), out.shape(), bias);
    }
    return null;
  }
}
