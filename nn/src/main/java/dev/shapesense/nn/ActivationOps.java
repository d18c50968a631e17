package dev.shapesense.nn;

import dev.shapesense.tensor.Checks;
import dev.shapesense.tensor.CpuOps;
import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Generator;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.rules.ActivationRules;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * The activation functions behind {@link F} and the activation modules: each applies its rule from
 * {@link ActivationRules} and its CPU kernel's dtype check, and returns a tensor of the resulting
 * shape and dtype.
 */
final class ActivationOps {
  private ActivationOps() {}

  /** An element-wise float kernel named {@code kernel}: same shape and dtype. */
  static Tensor floatOp(String kernel, Tensor input, DoubleUnaryOperator f) {
    DType d = ActivationRules.floatKernel(kernel, input.dtype());
    return elementwise(ActivationRules.elementwise(input.shape()), d, input, f);
  }

  /** The result of an element-wise activation: {@code f} of each element on CPU. */
  private static Tensor elementwise(Shape s, DType d, Tensor input, DoubleUnaryOperator f) {
    return input.hasData() ? CpuOps.map(input, d, f) : Tensor.result(s, d, input);
  }

  /** A unary float op: integral input gives float32. */
  static Tensor promotingOp(String kernel, Tensor input, DoubleUnaryOperator f) {
    DType d = ActivationRules.unaryFloat(kernel, input.dtype());
    return elementwise(ActivationRules.elementwise(input.shape()), d, input, f);
  }

  /** {@code hardtanh}/{@code relu6}: integral dtypes pass, bool does not. */
  static Tensor hardtanh(Tensor input, double min, double max) {
    DType d =
        ActivationRules.clampKernel(
            "clamp_scalar_cpu", "Bool inputs not supported for hardtanh", input.dtype());
    return elementwise(
        ActivationRules.elementwise(input.shape()),
        d,
        input,
        x -> Double.isNaN(x) ? x : Math.min(Math.max(x, min), max));
  }

  static Tensor threshold(Tensor input, double threshold, double value) {
    DType d =
        ActivationRules.clampKernel(
            "threshold_cpu", "\"threshold_cpu\" not implemented for 'Bool'", input.dtype());
    return elementwise(
        ActivationRules.elementwise(input.shape()), d, input, x -> x > threshold ? x : value);
  }

  static Tensor gelu(Tensor input, String approximate) {
    var s = ActivationRules.gelu(input.shape(), approximate);
    DType d = ActivationRules.floatKernel("GeluKernelImpl", input.dtype());
    DoubleUnaryOperator f =
        "tanh".equals(approximate)
            ? x -> 0.5 * x * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (x + 0.044715 * x * x * x)))
            : x -> 0.5 * x * (1 + CpuOps.erf(x / Math.sqrt(2)));
    return elementwise(s, d, input, f);
  }

  static Tensor softshrink(Tensor input, double lambd) {
    var s = ActivationRules.softshrink(input.shape(), lambd);
    DType d = ActivationRules.floatKernel("softshrink_cpu", input.dtype());
    return elementwise(s, d, input, x -> x > lambd ? x - lambd : x < -lambd ? x + lambd : 0);
  }

  static double sigmoid(double x) {
    return 1 / (1 + Math.exp(-x));
  }

  static double softplus(double x, double beta, double threshold) {
    return x * beta > threshold ? x : Math.log1p(Math.exp(beta * x)) / beta;
  }

  static double elu(double x, double alpha) {
    return x > 0 ? x : alpha * Math.expm1(x);
  }

  /** {@code softsign}: {@code x / (1 + |x|)}; integral input gives float32, bool has no abs. */
  static Tensor softsign(Tensor input) {
    DType in = input.dtype();
    if (in == DType.BOOL) {
      ActivationRules.floatKernel("abs_cpu", in);
    }
    DType d = in.isFloatingPoint() ? in : DType.FLOAT32;
    return elementwise(
        ActivationRules.elementwise(input.shape()), d, input, x -> x / (1 + Math.abs(x)));
  }

  static Tensor glu(Tensor input, int dim) {
    var s = ActivationRules.glu(input.shape(), dim);
    DType d = ActivationRules.floatKernel("glu_cpu", input.dtype());
    if (!input.hasData()) {
      return Tensor.result(s, d, input);
    }
    List<Tensor> halves = input.chunk(2, dim);
    return halves.get(0).mul(halves.get(1).sigmoid());
  }

  /** {@code tanhshrink}: {@code x - tanh(x)}; bool input cannot be subtracted. */
  static Tensor tanhshrink(Tensor input) {
    Checks.check(
        input.dtype() != DType.BOOL,
        () ->
            "Subtraction, the `-` operator, with a bool tensor is not supported. If you are trying"
                + " to invert a mask, use the `~` or `logical_not()` operator instead.");
    return promotingOp("tanh_vml_cpu", input, x -> x - Math.tanh(x));
  }

  /** {@code rrelu}: in training a random-slope kernel, in eval a leaky ReLU. */
  static Tensor rrelu(Tensor input, double lower, double upper, boolean training) {
    ActivationRules.rrelu(lower, upper);
    if (training && input.hasData()) {
      DType d = ActivationRules.floatKernel("rrelu_with_noise_out_cpu", input.dtype());
      double[] slope = Generator.uniform((int) input.numel(), lower, upper);
      double[] x = input.doubles();
      double[] v = new double[x.length];
      for (int i = 0; i < v.length; i++) {
        v[i] = x[i] >= 0 ? x[i] : x[i] * slope[i];
      }
      return Tensor.computed(input.shape(), d, v, input);
    }
    double slope = (lower + upper) / 2;
    return floatOp(
        training ? "rrelu_with_noise_out_cpu" : "leaky_relu_cpu",
        input,
        x -> x >= 0 ? x : x * slope);
  }

  /** {@code softmin}: softmax of {@code -input}; bool input cannot be negated. */
  static Tensor softmin(Tensor input, Integer dim, DType dtype) {
    Checks.check(
        input.dtype() != DType.BOOL,
        () ->
            "Negation, the `-` operator, on a bool tensor is not supported. If you are trying to"
                + " invert a mask, use the `~` or `logical_not()` operator instead.");
    return softmax(input.hasData() ? input.neg() : input, dim, dtype, false);
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

  static double selu(double x) {
    return 1.0507009873554804934193349852946 * elu(x, 1.6732632423543772848170429916717);
  }

  static double celu(double x, double alpha) {
    return Math.max(0, x) + Math.min(0, alpha * Math.expm1(x / alpha));
  }

  static double hardsigmoid(double x) {
    return Math.min(Math.max(x + 3, 0), 6) / 6;
  }
}
