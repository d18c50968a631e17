package dev.shapesense.tensor.rules;

import dev.shapesense.tensor.Assumptions;
import dev.shapesense.tensor.Checks;
import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.ShapeError;
import dev.shapesense.tensor.Truth;

/**
 * Shape rules of the activation functions ({@code torch.nn.functional} activations and softmax):
 * element-wise ones keep the shape; softmax-like ones check their dim; GLU halves a dim; PReLU
 * checks its weight against the channel dim (dim 1, or 1 for a 1-d input).
 */
public final class ActivationRules {
  private ActivationRules() {}

  /** An element-wise activation: the output has the input's shape. */
  public static Shape elementwise(Shape input) {
    return input;
  }

  /**
   * The dtype of a floating-point CPU kernel named {@code kernel} on {@code dtype}: float32,
   * float64 and bfloat16 pass; other dtypes fail with PyTorch's "not implemented" text.
   */
  public static DType floatKernel(String kernel, DType dtype) {
    Checks.check(
        dtype == DType.FLOAT32 || dtype == DType.FLOAT64 || dtype == DType.BFLOAT16,
        () -> "\"" + kernel + "\" not implemented for '" + dtype.scalarName() + "'");
    return dtype;
  }

  /**
   * The dtype of {@code sigmoid}/{@code tanh} style unary float ops: integral and bool inputs are
   * promoted to float32 (PyTorch's default dtype); float16 has no CPU kernel.
   */
  public static DType unaryFloat(String kernel, DType dtype) {
    return floatKernel(kernel, dtype.isFloatingPoint() ? dtype : DType.FLOAT32);
  }

  /**
   * The dtype of a clamping activation ({@code relu}, {@code hardtanh}, {@code threshold}) on
   * {@code dtype}: integral dtypes pass, bool fails with {@code boolMessage}, float16 has no CPU
   * kernel {@code kernel}.
   */
  public static DType clampKernel(String kernel, String boolMessage, DType dtype) {
    Checks.check(dtype != DType.BOOL, () -> boolMessage);
    Checks.check(
        dtype != DType.FLOAT16,
        () -> "\"" + kernel + "\" not implemented for '" + dtype.scalarName() + "'");
    return dtype;
  }

  /** The softmax kernel's dtype check: the kernel's name depends on whether dim is the last. */
  public static DType softmaxKernel(boolean log, Shape input, long dim, DType dtype) {
    int d = Checks.wrapDim(dim, input.rank());
    boolean last = d == Math.max(input.rank(), 1) - 1;
    String kernel =
        last
            ? (log ? "log_softmax_lastdim_kernel_impl" : "softmax_lastdim_kernel_impl")
            : "softmax_kernel_impl";
    return floatKernel(kernel, dtype);
  }

  /** {@code F.gelu}: {@code approximate} is {@code 'none'} or {@code 'tanh'}. */
  public static Shape gelu(Shape input, String approximate) {
    Checks.check(
        "none".equals(approximate) || "tanh".equals(approximate),
        () -> "approximate argument must be either none or tanh.");
    return input;
  }

  /** {@code F.softshrink}: {@code lambd} must not be negative. */
  public static Shape softshrink(Shape input, double lambd) {
    Checks.check(
        lambd >= 0,
        () -> "lambda must be greater or equal to 0, but found to be " + cppDouble(lambd) + ".");
    return input;
  }

  /**
   * {@code _get_softmax_dim}: the dim softmax uses when none is given (0 for 0-, 1- and 3-d input,
   * else 1).
   */
  public static int softmaxDim(int rank) {
    return rank == 0 || rank == 1 || rank == 3 ? 0 : 1;
  }

  /** {@code softmax}/{@code log_softmax}/{@code softmin} along {@code dim}. */
  public static Shape softmax(Shape input, long dim) {
    Checks.wrapDim(dim, input.rank());
    return input;
  }

  /** {@code nn.Softmax2d}: 3-d or 4-d input, softmax over the channel dim (-3). */
  public static Shape softmax2d(Shape input) {
    Checks.check(
        input.rank() == 3 || input.rank() == 4,
        "AssertionError",
        () -> "Softmax2d requires a 3D or 4D tensor as input");
    return input;
  }

  /** {@code F.glu}: halves {@code dim}, which must have an even size. */
  public static Shape glu(Shape input, long dim) {
    Checks.check(
        input.rank() > 0, () -> "glu does not support scalars because halving size must be even");
    int d = Checks.wrapDim(dim, input.rank());
    Dim n = input.get(d);
    Truth even =
        n.isConst()
            ? Truth.of(n.value() % 2 == 0)
            : n.divideExactOrNull(Dim.of(2)) != null ? Truth.TRUE : Truth.UNKNOWN;
    Assumptions into = new Assumptions();
    Checks.check(
        even,
        () -> "Halving dimension must be even, but dimension " + d + " is size " + n,
        () -> n + " % 2 == 0",
        into);
    return input.set(d, n.floorDiv(2)).assuming(into);
  }

  /**
   * {@code F.prelu}: a weight of more than one element must match the channel dim (dim 1, or 1 for
   * a 1-d input); the weight is a scalar or 1-d.
   */
  public static Shape prelu(Shape input, Shape weight) {
    Dim weightNum = weight.numel();
    Assumptions into = new Assumptions();
    if (!weightNum.isConst() || weightNum.value() != 1) {
      Checks.check(input.rank() > 0, () -> "Not allow zero-dim input tensor.");
      Dim channels = input.rank() > 1 ? input.get(1) : Dim.of(1);
      Truth same = Dim.eq(channels, weightNum);
      if (same == Truth.FALSE) {
        throw new ShapeError(
            "RuntimeError",
            "Mismatch of parameter numbers and input channel size. Found parameter numbers = "
                + weightNum
                + " and channel size = "
                + channels
                + ".",
            new ShapeError.Violation("num_parameters", channels, weightNum));
      }
      Checks.check(same, () -> "", () -> channels + " == " + weightNum, into);
    }
    Checks.check(
        weight.rank() <= 1,
        () ->
            "prelu: Expected `weight` to be a scalar or 1D tensor, but got ndim = "
                + weight.rank());
    return input.assuming(into);
  }

  /** {@code F.rrelu}: {@code lower <= upper}, checked before the kernel's dtype. */
  public static void rrelu(double lower, double upper) {
    Checks.check(
        lower <= upper, () -> "Lower bound should be less than or equal to the upper bound");
  }

  /** {@code nn.Hardtanh}: Python's bare {@code assert max_val > min_val}. */
  public static void hardtanh(double minVal, double maxVal) {
    Checks.check(maxVal > minVal, "AssertionError", () -> "");
  }

  /** A double as C++ streams print it (6 significant digits, no trailing zeros): {@code -1}. */
  static String cppDouble(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e6) {
      return Long.toString((long) v);
    }
    String s = String.format("%.6g", v);
    if (s.contains("e")) {
      String m = s.substring(0, s.indexOf('e'));
      String e = s.substring(s.indexOf('e'));
      if (m.contains(".")) {
        m = m.replaceAll("0+$", "").replaceAll("\\.$", "");
      }
      return m + e;
    }
    return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
  }
}
