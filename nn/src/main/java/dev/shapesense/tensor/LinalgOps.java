package dev.shapesense.tensor;

import dev.shapesense.tensor.rules.LinalgRules;
import dev.shapesense.tensor.rules.LinearRules;

/**
 * Tensor-level matrix products: each evaluates its rule in {@link LinalgRules} or {@link
 * LinearRules} and builds the result with the inputs' device and assumptions. Products keep the
 * operands' common dtype ({@code outer} promotes).
 */
final class LinalgOps {
  private LinalgOps() {}

  /** The product of {@code a} and {@code b} of shape {@code s}: computed on CPU, else a result. */
  private static Tensor product(Tensor a, Tensor b, Shape s) {
    return fresh(
        a.hasData() ? CpuLinalg.matmul(a, b, s, a.dtype()) : Tensor.result(s, a.dtype(), a, b));
  }

  /** {@link #product} of operands that must have one dtype (mm, bmm, mv check it after shapes). */
  private static Tensor sameDtypeProduct(Tensor a, Tensor b, Shape s) {
    LinalgRules.checkSameDtype(a.dtype(), b.dtype());
    return product(a, b, s);
  }

  static Tensor matmul(Tensor a, Tensor b) {
    Shape s = LinalgRules.matmulChecked(a.shape(), a.dtype(), b.shape(), b.dtype());
    return product(a, b, s);
  }

  static Tensor mm(Tensor a, Tensor b) {
    return sameDtypeProduct(a, b, LinalgRules.mm(a.shape(), b.shape()));
  }

  static Tensor bmm(Tensor a, Tensor b) {
    return sameDtypeProduct(a, b, LinalgRules.bmm(a.shape(), b.shape()));
  }

  static Tensor mv(Tensor a, Tensor b) {
    return sameDtypeProduct(a, b, LinalgRules.mv(a.shape(), b.shape()));
  }

  static Tensor dot(Tensor a, Tensor b) {
    Shape s = LinalgRules.dot(a.shape(), a.dtype(), b.shape(), b.dtype());
    return product(a, b, s);
  }

  static Tensor outer(Tensor a, Tensor b) {
    Shape s = LinalgRules.outer(a.shape(), b.shape());
    DType d = DType.promote(a.dtype(), b.dtype());
    if (!a.hasData()) {
      return fresh(Tensor.result(s, d, a, b));
    }
    return fresh(CpuLinalg.matmul(a.unsqueeze(1), b.unsqueeze(0), s, d));
  }

  static Tensor addmm(Tensor self, Tensor mat1, Tensor mat2) {
    Shape s =
        LinalgRules.addmm(
            self.shape(), self.dtype(), mat1.shape(), mat1.dtype(), mat2.shape(), mat2.dtype());
    if (!self.hasData()) {
      return fresh(Tensor.result(s, mat1.dtype(), self, mat1, mat2));
    }
    return fresh(CpuLinalg.plus(CpuLinalg.matmul(mat1, mat2, s, mat1.dtype()), self));
  }

  static Tensor baddbmm(Tensor self, Tensor batch1, Tensor batch2) {
    Shape s = LinalgRules.baddbmm(self.shape(), self.dtype(), batch1.shape(), batch2.shape());
    LinalgRules.checkSameDtype(batch1.dtype(), batch2.dtype());
    if (!self.hasData()) {
      return fresh(Tensor.result(s, batch1.dtype(), self, batch1, batch2));
    }
    return fresh(CpuLinalg.plus(CpuLinalg.matmul(batch1, batch2, s, batch1.dtype()), self));
  }

  /** {@code F.linear(input, weight, bias)}; {@code bias} may be null. */
  static Tensor linear(Tensor input, Tensor weight, Tensor bias) {
    if (batchedLinear(input) && weight.dim() == 2) {
      // PyTorch 1.13's linear: a 3-D input that is not contiguous goes through matmul, which
      // folds it into a matrix unless its last two dims are transposed behind a contiguous first
      // one (permute(0, 2, 1)); then a bmm against the expanded weight.T checks the sizes.
      Shape in = input.shape();
      LinalgRules.bmm(in, Shape.of(in.get(0), weight.shape().get(1), weight.shape().get(0)));
    }
    Shape s =
        LinearRules.linear(
            input.shape(),
            input.dtype(),
            weight.shape(),
            weight.dtype(),
            bias == null ? null : bias.shape(),
            bias == null ? null : bias.dtype());
    return fresh(
        input.hasData()
            ? CpuLinalg.linear(input, weight, bias, s, input.dtype())
            : Tensor.result(s, input.dtype(), input, weight, bias));
  }

  /**
   * Whether matmul would not fold a 3-D {@code input} (PyTorch's {@code should_fold} is false): its
   * strides are known, the last is not 1 and the first spans the other two dims.
   */
  private static boolean batchedLinear(Tensor input) {
    Dim[] st = input.layout();
    if (input.dim() != 3 || !Layout.knownStrided(st)) {
      return false;
    }
    Shape in = input.shape();
    return Dim.eq(st[2], Dim.of(1)) == Truth.FALSE
        && Dim.eq(st[0], in.get(1).times(in.get(2))) == Truth.TRUE;
  }

  /** A matrix product's result: a new tensor, contiguous whatever its inputs' strides. */
  private static Tensor fresh(Tensor t) {
    return t.withContiguousLayout();
  }

  /** {@code F.bilinear(input1, input2, weight, bias)}; {@code bias} may be null. */
  static Tensor bilinear(Tensor input1, Tensor input2, Tensor weight, Tensor bias) {
    Shape s =
        LinearRules.bilinear(
            input1.shape(), input2.shape(), weight.shape(), bias == null ? null : bias.shape());
    LinalgRules.checkSameDtype(input1.dtype(), weight.dtype());
    return fresh(
        input1.hasData()
            ? CpuLinalg.bilinear(input1, input2, weight, bias, s, input1.dtype())
            : Tensor.result(s, input1.dtype(), input1, input2, weight, bias));
  }

  /**
   * {@code x.softmax(dim, dtype)} ({@code log}: {@code log_softmax}): the input is cast to {@code
   * dtype} (null keeps it) first.
   */
  static Tensor softmax(Tensor a, int dim, DType dtype, boolean log) {
    Shape s = dev.shapesense.tensor.rules.ActivationRules.softmax(a.shape(), dim);
    DType d =
        dev.shapesense.tensor.rules.ActivationRules.softmaxKernel(
            log, a.shape(), dim, dtype == null ? a.dtype() : dtype);
    if (a.hasData()) {
      return CpuLinalg.softmax(a, s, d, dim, log);
    }
    return Tensor.result(s, d, a);
  }
}
