package dev.shapesense.tensor.rules;

import dev.shapesense.tensor.Checks;
import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.Truth;

/**
 * Shape rules of the dropout family ({@code torch.nn.functional.dropout*}): dropout never changes
 * the shape; the checks are the probability range and, for the channel-wise forms, the rank.
 */
public final class DropoutRules {
  private DropoutRules() {}

  /** {@code p} must lie in {@code [0, 1]}: PyTorch's ValueError otherwise. */
  public static void checkProbability(double p) {
    checkProbability((Number) p);
  }

  /** As {@link #checkProbability(double)}; an int {@code p} prints as Python prints an int. */
  public static void checkProbability(Number p) {
    double v = p.doubleValue();
    Checks.check(
        v >= 0 && v <= 1,
        "ValueError",
        () -> "dropout probability has to be between 0 and 1, but got " + PythonFloat.repr(p));
  }

  /**
   * {@code F.dropout}, {@code F.alpha_dropout}: the shape is kept. When the kernel really drops
   * ({@code training}, {@code 0 < p < 1}, elements present) it needs a float32/float64 input.
   */
  public static Shape dropout(Shape input, DType dtype, double p, boolean training) {
    checkProbability(p);
    if (drops(input, p, training)) {
      checkKernelDtype(dtype);
    }
    return input;
  }

  private static void checkKernelDtype(DType dtype) {
    Checks.check(
        dtype.isFloatingPoint(),
        () -> "result type Float can't be cast to the desired output type " + dtype.scalarName());
    Checks.check(
        dtype != DType.FLOAT16, () -> "\"bernoulli_scalar_cpu_\" not implemented for 'Half'");
  }

  /** Whether ATen's {@code _dropout_impl} goes past its early return. */
  private static boolean drops(Shape input, double p, boolean training) {
    return training && p > 0 && p < 1 && input.numel().eq(0) != Truth.TRUE;
  }

  /** {@code F.dropout1d}: 2-D (unbatched) or 3-D input. */
  public static Shape dropout1d(Shape input, DType dtype, double p, boolean training) {
    checkProbability(p);
    int d = input.rank();
    Checks.check(
        d == 2 || d == 3,
        () ->
            "dropout1d: Expected 2D or 3D input, but received a "
                + d
                + "D input. Note that dropout1d exists to provide channel-wise dropout on inputs"
                + " with 1 spatial dimension, a channel dimension, and an optional batch dimension"
                + " (i.e. 2D or 3D inputs).");
    featureDropout(input.rank() == 3 ? input : input.insert(0, Dim.of(1)), dtype, p, training);
    return input;
  }

  /**
   * ATen's {@code feature_dropout} (behind {@code F.dropout2d}, {@code F.dropout3d} after its
   * unsqueeze, {@code F.feature_alpha_dropout}): any rank passes PyTorch's Python side (it only
   * warns), but when the kernel really drops it needs a channel dim.
   */
  public static Shape featureDropout(Shape input, DType dtype, double p, boolean training) {
    checkProbability(p);
    if (drops(input, p, training)) {
      Checks.check(
          input.rank() >= 2, () -> "Feature dropout requires at least 2 dimensions in the input");
      checkKernelDtype(dtype);
    }
    return input;
  }

  /** {@code F.dropout3d}: a non-5-d input is unsqueezed at 0 first, and squeezed back after. */
  public static Shape dropout3d(Shape input, DType dtype, double p, boolean training) {
    checkProbability(p);
    Shape batched = input.rank() == 5 ? input : input.insert(0, Dim.of(1));
    featureDropout(batched, dtype, p, training);
    return input;
  }
}
