package dev.shapesense.tensor.rules;

import dev.shapesense.tensor.Assumptions;
import dev.shapesense.tensor.Checks;
import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.ShapeError;
import dev.shapesense.tensor.Truth;
import java.util.ArrayList;
import java.util.List;

/**
 * Shape rules of the normalisation functions ({@code F.batch_norm}, {@code F.instance_norm}, {@code
 * F.layer_norm}, {@code F.group_norm}, {@code F.local_response_norm}). Every one keeps the input's
 * shape; the checks are PyTorch's, in its order (Python-side checks first, then ATen's). Optional
 * tensors (running stats, weight, bias) are passed as their shapes, null when absent.
 */
public final class NormRules {
  private NormRules() {}

  /**
   * {@code F.batch_norm}: in training, more than one value per channel; then each given tensor must
   * hold {@code input.size(1)} elements; without running stats only training works.
   */
  public static Shape batchNorm(
      Shape input,
      Shape runningMean,
      Shape runningVar,
      Shape weight,
      Shape bias,
      boolean training) {
    Assumptions into = new Assumptions();
    if (training) {
      verifyBatchSize(input.dims(), input.torchSize(), into);
    }
    Dim features = input.rank() > 1 ? input.get(1) : input.get(Checks.wrapDim(1, input.rank()));
    batchNormFeatures(
        input, features, Dim.of(1), runningMean, runningVar, weight, bias, training, into);
    return input.assuming(into);
  }

  /**
   * ATen's {@code _batch_norm_impl_index} checks against {@code features} channels; the tensors
   * were repeated {@code repeats} times (instance norm), which typed facts divide out again.
   */
  private static void batchNormFeatures(
      Shape input,
      Dim features,
      Dim repeats,
      Shape runningMean,
      Shape runningVar,
      Shape weight,
      Shape bias,
      boolean training,
      Assumptions into) {
    if (input.numel().eq(0) == Truth.TRUE) {
      // PyTorch returns input * weight[0] + bias[0]: an empty weight or bias fails to index.
      checkIndexable(weight, into);
      checkIndexable(bias, into);
      return;
    }
    if (runningMean != null) {
      checkFeatures("running_mean", features, runningMean.numel(), repeats, into);
    } else {
      Checks.check(training, () -> "running_mean must be defined in evaluation mode");
    }
    if (runningVar != null) {
      checkFeatures("running_var", features, runningVar.numel(), repeats, into);
    } else {
      Checks.check(training, () -> "running_var must be defined in evaluation mode");
    }
    if (weight != null) {
      checkFeatures("weight", features, weight.numel(), repeats, into);
    }
    if (bias != null) {
      checkFeatures("bias", features, bias.numel(), repeats, into);
    }
  }

  private static void checkIndexable(Shape v, Assumptions into) {
    if (v != null && v.rank() > 0) {
      Checks.check(
          v.get(0).eq(0).not(),
          "IndexError",
          () -> "select(): index 0 out of range for tensor of size " + v + " at dimension 0",
          () -> v.get(0) + " != 0",
          into);
    }
  }

  private static void checkFeatures(
      String name, Dim features, Dim numel, Dim repeats, Assumptions into) {
    Dim inputHas = features.divideExactOrNull(repeats);
    Dim configured = numel.divideExactOrNull(repeats);
    Checks.checkEq(
        features,
        numel,
        new ShapeError.Violation(
            "num_features",
            inputHas == null ? features : inputHas,
            configured == null ? numel : configured),
        () -> name + " should contain " + features + " elements not " + numel,
        into);
  }

  /**
   * {@code F.instance_norm}: with input statistics, more than one spatial element; then batch norm
   * over the input viewed as {@code [1, N * C, ...]} with the per-channel tensors repeated N times.
   */
  public static Shape instanceNorm(
      Shape input,
      Shape runningMean,
      Shape runningVar,
      Shape weight,
      Shape bias,
      boolean useInputStats,
      Double momentum) {
    Assumptions into = new Assumptions();
    if (useInputStats) {
      Dim spatial = Dim.product(input.dims().subList(Math.min(2, input.rank()), input.rank()));
      Checks.check(
          spatial.eq(1).not(),
          "ValueError",
          () ->
              "Expected more than 1 spatial element when training, got input size "
                  + input.torchSize(),
          () -> spatial + " != 1",
          into);
    }
    Checks.check(
        momentum != null,
        "TypeError",
        () -> "instance_norm(): argument 'momentum' (position 7) must be float, not NoneType");
    Checks.check(
        useInputStats || (runningMean != null && runningVar != null),
        () -> "Expected running_mean and running_var to be defined when use_input_stats is false");
    Dim n = input.get(0);
    Dim c = input.get(1);
    batchNormFeatures(
        input,
        n.times(c),
        n,
        repeated(runningMean, n),
        repeated(runningVar, n),
        repeated(weight, n),
        repeated(bias, n),
        useInputStats,
        into);
    if (runningMean != null) {
      // The updated statistics are viewed back as [N, C].
      Dim size = runningMean.numel().times(n);
      Checks.check(
          Dim.eq(size, n.times(c)),
          () -> "shape '" + Shape.of(n, c) + "' is invalid for input of size " + size,
          () -> size + " == " + n.times(c),
          into);
    }
    return input.assuming(into);
  }

  private static Shape repeated(Shape s, Dim times) {
    return s == null ? null : Shape.of(s.numel().times(times));
  }

  /** Python's {@code _verify_batch_size}: {@code size[0] * prod(size[2:])} must not be 1. */
  private static void verifyBatchSize(List<Dim> size, String printed, Assumptions into) {
    Dim prod = size.isEmpty() ? Dim.of(0) : size.get(0);
    for (int i = 2; i < size.size(); i++) {
      prod = prod.times(size.get(i));
    }
    Dim p = prod;
    Checks.check(
        p.eq(1).not(),
        "ValueError",
        () -> "Expected more than 1 value per channel when training, got input size " + printed,
        () -> p + " != 1",
        into);
  }

  /**
   * {@code F.layer_norm}: the input's trailing dims must equal {@code normalizedShape}; weight and
   * bias, when given, have exactly that shape.
   */
  public static Shape layerNorm(Shape input, Shape normalizedShape, Shape weight, Shape bias) {
    int k = normalizedShape.rank();
    Checks.check(
        k >= 1,
        () ->
            "Expected normalized_shape to be at least 1-dimensional, i.e., containing at least one"
                + " element, but got normalized_shape = "
                + normalizedShape);
    Assumptions into = new Assumptions();
    checkSameShape("weight", weight, normalizedShape, into);
    checkSameShape("bias", bias, normalizedShape, into);
    Truth ok = Truth.of(input.rank() >= k);
    List<String> assumed = new ArrayList<>();
    if (ok == Truth.TRUE) {
      for (int i = 0; i < k; i++) {
        Dim a = input.get(input.rank() - k + i);
        Dim b = normalizedShape.get(i);
        Truth t = Dim.eq(a, b);
        if (t == Truth.UNKNOWN) {
          assumed.add(a + " == " + b);
        }
        ok = ok.and(t);
      }
    }
    if (ok == Truth.FALSE) {
      StringBuilder sb = new StringBuilder("Given normalized_shape=");
      sb.append(normalizedShape).append(", expected input with shape [*");
      for (Dim d : normalizedShape) {
        sb.append(", ").append(d);
      }
      sb.append("], but got input of size").append(input);
      // The fix: normalise over the input's trailing dims of the same count (or all of them).
      Shape trailing = input.sub(Math.max(0, input.rank() - k), input.rank());
      throw new ShapeError(
          "RuntimeError",
          sb.toString(),
          new ShapeError.Violation("normalized_shape", trailing, normalizedShape));
    }
    Checks.check(ok, () -> "", () -> String.join(", ", assumed), into);
    return input.assuming(into);
  }

  private static void checkSameShape(
      String name, Shape given, Shape normalizedShape, Assumptions into) {
    if (given == null) {
      return;
    }
    Truth same = Truth.of(given.rank() == normalizedShape.rank());
    for (int i = 0; same != Truth.FALSE && i < given.rank(); i++) {
      same = same.and(Dim.eq(given.get(i), normalizedShape.get(i)));
    }
    Checks.check(
        same,
        () ->
            "Expected "
                + name
                + " to be of same shape as normalized_shape, but got "
                + name
                + " of shape "
                + given
                + " and normalized_shape = "
                + normalizedShape,
        () -> given + " == " + normalizedShape,
        into);
  }

  /**
   * {@code F.group_norm}: more than one value per group, channels divisible by {@code numGroups},
   * weight and bias vectors of the channel count.
   */
  public static Shape groupNorm(Shape input, long numGroups, Shape weight, Shape bias) {
    Checks.check(
        input.rank() > 0,
        "IndexError",
        () -> "Dimension specified as 0 but tensor has no dimensions");
    Dim n = input.get(Checks.wrapDim(0, input.rank()));
    Dim c = input.get(Checks.wrapDim(1, input.rank()));
    Checks.check(numGroups != 0, "ZeroDivisionError", () -> "integer division or modulo by zero");
    List<Dim> size = new ArrayList<>();
    Dim nc = n.times(c);
    size.add(numGroups > 0 ? nc.floorDiv(numGroups) : nc.ceilDiv(-numGroups).negate());
    size.add(Dim.of(numGroups));
    size.addAll(input.dims().subList(2, input.rank()));
    Assumptions into = new Assumptions();
    verifyBatchSize(size, size.toString(), into);
    Checks.check(numGroups > 0, () -> "Expected num groups to be greater than 0, got " + numGroups);
    Truth divisible =
        c.isConst()
            ? Truth.of(c.value() % numGroups == 0)
            : c.divideExactOrNull(Dim.of(numGroups)) != null ? Truth.TRUE : Truth.UNKNOWN;
    Checks.check(
        divisible,
        () ->
            "Expected number of channels in input to be divisible by num_groups, but got input of"
                + " shape "
                + input
                + " and num_groups="
                + numGroups,
        () -> c + " % " + numGroups + " == 0",
        into);
    checkGroupNormVector("weight", weight, c, input, into);
    checkGroupNormVector("bias", bias, c, input, into);
    return input.assuming(into);
  }

  private static void checkGroupNormVector(
      String name, Shape v, Dim channels, Shape input, Assumptions into) {
    if (v == null) {
      return;
    }
    Truth ok = Truth.of(v.rank() == 1).and(Dim.eq(v.numel(), channels));
    if (ok == Truth.FALSE) {
      throw new ShapeError(
          "RuntimeError",
          "Expected "
              + name
              + " to be a vector of size equal to the number of channels in input, but got "
              + name
              + " of shape "
              + v
              + " and input of shape "
              + input,
          new ShapeError.Violation("num_channels", channels, v.numel()));
    }
    Checks.check(ok, () -> "", () -> channels + " == " + v.numel(), into);
  }

  /**
   * {@code F.normalize}: divides by the {@code p}-norm along {@code dim}; the shape is kept. The
   * norm needs a floating-point input, checked before the dim.
   */
  public static Shape normalize(Shape input, DType dtype, long dim) {
    Checks.check(
        dtype.isFloatingPoint(),
        () ->
            "norm(): input dtype should be either floating point or complex. Got "
                + dtype.scalarName()
                + " instead.");
    Checks.wrapDim(dim, input.rank());
    ActivationRules.floatKernel("clamp_min_cpu", dtype);
    return input;
  }

  /** {@code F.local_response_norm}: 3-d or higher input; the shape is kept. */
  public static Shape localResponseNorm(Shape input) {
    int dim = input.rank();
    Checks.check(
        dim >= 3,
        "ValueError",
        () ->
            "Expected 3D or higher dimensionality                          input (got "
                + dim
                + " dimensions)");
    return input;
  }
}
