package dev.shapesense.tensor;

import dev.shapesense.tensor.rules.ReductionRules;

/**
 * Tensor-level reductions: shapes from {@link ReductionRules#reduce}; {@code dims} null or empty
 * reduces every dim.
 */
final class ReductionOps {
  private ReductionOps() {}

  static Tensor sum(Tensor a, int[] dims, boolean keepdim, DType dtype) {
    Shape s = ReductionRules.reduce(a.shape(), dims, keepdim);
    return Tensor.result(s, ReductionRules.sumType(a.dtype(), dtype), a);
  }

  static Tensor mean(Tensor a, int[] dims, boolean keepdim, DType dtype) {
    DType out = ReductionRules.meanType("mean", a.dtype(), dtype);
    Shape s = ReductionRules.reduce(a.shape(), dims, keepdim);
    return Tensor.result(s, out, a);
  }

  static Tensor prod(Tensor a, Integer dim, boolean keepdim, DType dtype) {
    Shape s = ReductionRules.reduce(a.shape(), dim == null ? null : new int[] {dim}, keepdim);
    return Tensor.result(s, ReductionRules.sumType(a.dtype(), dtype), a);
  }

  /** {@code amax}/{@code amin}: the reduced dims must be non-empty. */
  static Tensor extreme(String op, Tensor a, int[] dims, boolean keepdim) {
    Shape s = ReductionRules.reduceNonEmpty(op, a.shape(), dims, keepdim);
    return Tensor.result(s, a.dtype(), a);
  }

  /** {@code max()}/{@code min()} over everything: a 0-d tensor. */
  static Tensor extremeAll(String op, Tensor a) {
    Shape s = ReductionRules.reduceNonEmpty(op, a.shape(), (Integer) null, false);
    return Tensor.result(s, a.dtype(), a);
  }

  /** {@code max(dim)}/{@code min(dim)}: values and int64 indices. */
  static ValuesIndices extremeDim(String op, Tensor a, int dim, boolean keepdim) {
    Shape s = ReductionRules.reduceNonEmpty(op, a.shape(), dim, keepdim);
    Tensor values = Tensor.result(s, a.dtype(), a);
    return new ValuesIndices(values, Tensor.result(s, DType.INT64, a));
  }

  /** {@code argmax}/{@code argmin}: int64 indices; a null dim flattens first. */
  static Tensor arg(String op, Tensor a, Integer dim, boolean keepdim) {
    Shape s = ReductionRules.argReduce(op, a.shape(), dim, keepdim);
    return Tensor.result(s, DType.INT64, a);
  }

  static Tensor stdVar(Tensor a, int[] dims, boolean keepdim) {
    DType out = ReductionRules.stdVarType(a.dtype());
    return Tensor.result(ReductionRules.reduce(a.shape(), dims, keepdim), out, a);
  }

  static Tensor norm(Tensor a, int[] dims, boolean keepdim) {
    DType out = ReductionRules.normType(a.dtype());
    return Tensor.result(ReductionRules.reduce(a.shape(), dims, keepdim), out, a);
  }

  static Tensor logsumexp(Tensor a, int[] dims, boolean keepdim) {
    DType out = a.dtype().isFloatingPoint() ? a.dtype() : DType.FLOAT32;
    return Tensor.result(ReductionRules.reduce(a.shape(), dims, keepdim), out, a);
  }

  /** {@code all}/{@code any}: bool, except uint8 stays uint8. */
  static Tensor logical(Tensor a, Integer dim, boolean keepdim) {
    Shape s = ReductionRules.reduce(a.shape(), dim == null ? null : new int[] {dim}, keepdim);
    return Tensor.result(s, a.dtype() == DType.UINT8 ? DType.UINT8 : DType.BOOL, a);
  }
}
