package dev.shapesense.nn;

import dev.shapesense.tensor.Checks;
import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.rules.ActivationRules;

/**
 * The activation functions behind {@link F} and the activation modules: each applies its rule from
 * {@link ActivationRules} and its CPU kernel's dtype check, and returns a tensor of the resulting
 * shape and dtype.
 */
final class ActivationOps {
  private ActivationOps() {}

  /** An element-wise float kernel named {@code kernel}: same shape and dtype. */
  static Tensor floatOp(String kernel, Tensor input) {
    DType d = ActivationRules.floatKernel(kernel, input.dtype());
    return Tensor.result(ActivationRules.elementwise(input.shape()), d, input);
  }

  /** A unary float op: integral input gives float32. */
  static Tensor promotingOp(String kernel, Tensor input) {
    DType d = ActivationRules.unaryFloat(kernel, input.dtype());
    return Tensor.result(ActivationRules.elementwise(input.shape()), d, input);
  }

  /** {@code hardtanh}/{@code relu6}: integral dtypes pass, bool does not. */
  static Tensor hardtanh(Tensor input) {
    DType d =
        ActivationRules.clampKernel(
            "clamp_scalar_cpu", "Bool inputs not supported for hardtanh", input.dtype());
    return Tensor.result(ActivationRules.elementwise(input.shape()), d, input);
  }

  static Tensor threshold(Tensor input) {
    DType d =
        ActivationRules.clampKernel(
            "threshold_cpu", "\"threshold_cpu\" not implemented for 'Bool'", input.dtype());
    return Tensor.result(ActivationRules.elementwise(input.shape()), d, input);
  }

  static Tensor gelu(Tensor input, String approximate) {
    var s = ActivationRules.gelu(input.shape(), approximate);
    return Tensor.result(s, ActivationRules.floatKernel("GeluKernelImpl", input.dtype()), input);
  }

  static Tensor softshrink(Tensor input, double lambd) {
    var s = ActivationRules.softshrink(input.shape(), lambd);
    return Tensor.result(s, ActivationRules.floatKernel("softshrink_cpu", input.dtype()), input);
  }

  /** {@code softsign}: {@code x / (1 + |x|)}; integral input gives float32, bool has no abs. */
  static Tensor softsign(Tensor input) {
    DType in = input.dtype();
    if (in == DType.BOOL) {
      ActivationRules.floatKernel("abs_cpu", in);
    }
    DType d = in.isFloatingPoint() ? in : DType.FLOAT32;
    return Tensor.result(ActivationRules.elementwise(input.shape()), d, input);
  }

  static Tensor glu(Tensor input, int dim) {
    var s = ActivationRules.glu(input.shape(), dim);
    return Tensor.result(s, ActivationRules.floatKernel("glu_cpu", input.dtype()), input);
  }

  /** {@code tanhshrink}: {@code x - tanh(x)}; bool input cannot be subtracted. */
  static Tensor tanhshrink(Tensor input) {
    Checks.check(
        input.dtype() != DType.BOOL,
        () ->
            "Subtraction, the `-` operator, with a bool tensor is not supported. If you are trying"
                + " to invert a mask, use the `~` or `logical_not()` operator instead.");
    return promotingOp("tanh_vml_cpu", input);
  }

  /** {@code rrelu}: in training a random-slope kernel, in eval a leaky ReLU. */
  static Tensor rrelu(Tensor input, double lower, double upper, boolean training) {
    ActivationRules.rrelu(lower, upper);
    return floatOp(training ? "rrelu_with_noise_out_cpu" : "leaky_relu_cpu", input);
  }

  static Tensor prelu(Tensor input, Tensor weight) {
    var s = ActivationRules.prelu(input.shape(), weight.shape());
    Checks.check(
        input.dtype() == weight.dtype(),
        () ->
            "Found dtype "
                + weight.dtype().scalarName()
                + " but expected "
                + input.dtype().scalarName());
    return Tensor.result(s, input.dtype(), input, weight);
  }

  /** {@code softmin}: softmax of {@code -input}; bool input cannot be negated. */
  static Tensor softmin(Tensor input, Integer dim, DType dtype) {
    Checks.check(
        input.dtype() != DType.BOOL,
        () ->
            "Negation, the `-` operator, on a bool tensor is not supported. If you are trying to"
                + " invert a mask, use the `~` or `logical_not()` operator instead.");
    return softmax(input, dim, dtype, false);
  }

  /** {@code F.softmax}/{@code F.log_softmax}/{@code F.softmin} with PyTorch's implicit dim. */
  static Tensor softmax(Tensor input, Integer dim, DType dtype, boolean log) {
    int d = dim == null ? ActivationRules.softmaxDim(input.dim()) : dim;
    return log ? input.logSoftmax(d, dtype) : input.softmax(d, dtype);
  }

  /** {@code nn.Softmax2d}: softmax over dim -3 of a 3-d or 4-d input. */
  static Tensor softmax2d(Tensor input) {
    ActivationRules.softmax2d(input.shape());
    return input.softmax(-3);
  }
}
