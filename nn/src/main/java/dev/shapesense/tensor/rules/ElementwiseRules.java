package dev.shapesense.tensor.rules;

import dev.shapesense.tensor.Checks;
import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Shape;
import java.util.List;

/**
 * Result dtypes and checks of PyTorch's element-wise ops ({@code torch.result_type} with its three
 * priority classes: tensors with dims, 0-d tensors, Python numbers). Shapes broadcast by {@link
 * BroadcastRules#broadcast}.
 */
public final class ElementwiseRules {
  private ElementwiseRules() {}

  /** One operand of an element-wise op: a tensor (with its rank) or a Python number. */
  public record Operand(DType dtype, int rank, boolean number) {
    public static Operand tensor(DType dtype, Shape shape) {
      return new Operand(dtype, shape.rank(), false);
    }

    /** A Python float (as float32, the default dtype), int (int64) or bool. */
    public static Operand number(DType kind) {
      return new Operand(kind.isFloatingPoint() ? DType.FLOAT32 : kind, 0, true);
    }
  }

  /** {@code torch.result_type} over the operands. */
  public static DType resultType(List<Operand> operands) {
    DType dim = null;
    DType zero = null;
    DType wrapped = null;
    for (Operand o : operands) {
      if (o.number()) {
        wrapped = wrapped == null ? o.dtype() : DType.promote(wrapped, o.dtype());
      } else if (o.rank() == 0) {
        zero = zero == null ? o.dtype() : DType.promote(zero, o.dtype());
      } else {
        dim = dim == null ? o.dtype() : DType.promote(dim, o.dtype());
      }
    }
    return combine(dim, combine(zero, wrapped));
  }

  private static DType combine(DType higher, DType lower) {
    if (higher == null) {
      return lower;
    }
    if (lower == null) {
      return higher;
    }
    if (higher.isFloatingPoint()) {
      return higher;
    }
    if (higher == DType.BOOL || lower.isFloatingPoint()) {
      return DType.promote(higher, lower);
    }
    return higher;
  }

  /** True division: integral and bool results become the default float dtype. */
  public static DType trueDivide(DType promoted) {
    return promoted.isFloatingPoint() ? promoted : DType.FLOAT32;
  }

  /** The checks of {@code a - b} on bool operands. */
  public static void checkSub(DType a, DType b) {
    Checks.check(
        !(a == DType.BOOL && b == DType.BOOL),
        () ->
            "Subtraction, the `-` operator, with two bool tensors is not supported. "
                + "Use the `^` or `logical_xor()` operator instead.");
    Checks.check(
        a != DType.BOOL && b != DType.BOOL,
        () ->
            "Subtraction, the `-` operator, with a bool tensor is not supported. "
                + "If you are trying to invert a mask, use the `~` or `logical_not()` operator "
                + "instead.");
  }

  /** The check of {@code -x}. */
  public static void checkNeg(DType a) {
    Checks.check(
        a != DType.BOOL,
        () ->
            "Negation, the `-` operator, on a bool tensor is not supported. "
                + "If you are trying to invert a mask, use the `~` or `logical_not()` operator "
                + "instead.");
  }

  /** {@code torch.where(condition, x, y)}: the condition is bool; shapes broadcast in order. */
  public static Shape where(Shape cond, DType condType, Shape x, Shape y) {
    Checks.check(
        condType == DType.BOOL || condType == DType.UINT8,
        () ->
            "where expected condition to be a boolean tensor, but got a tensor with dtype "
                + condType.scalarName());
    return BroadcastRules.broadcast(cond, x, y);
  }

  /**
   * {@code x.masked_fill(mask, value)}: the result has the broadcast shape of {@code mask} and
   * {@code x} (PyTorch 1.13's CPU kernel accepts any mask dtype); a tensor value must be 0-d.
   */
  public static Shape maskedFill(Shape self, Shape mask, Shape value) {
    if (value != null) {
      Checks.check(
          value.rank() == 0,
          () ->
              "masked_fill_ only supports a 0-dimensional value tensor, but got tensor with "
                  + value.rank()
                  + " dimension(s).");
    }
    return BroadcastRules.broadcast(mask, self);
  }

  /** {@code add}/{@code sub} with {@code alpha}: a float alpha needs a floating result. */
  public static void checkAlpha(DType result, boolean floatAlpha) {
    Checks.check(
        !(floatAlpha && !result.isFloatingPoint()),
        () -> "For integral input tensors, argument alpha must not be a floating point number.");
  }

  /** A CPU kernel that has no implementation for {@code unsupported}. */
  public static void checkImplemented(String kernel, DType dtype, DType unsupported) {
    Checks.check(
        dtype != unsupported,
        () -> "\"" + kernel + "\" not implemented for '" + dtype.scalarName() + "'");
  }

  /** {@code int_tensor ** negative_int} is refused whatever the data. */
  public static void checkIntegerPower(DType base, long exponent) {
    Checks.check(
        !((base.isIntegral() || base == DType.BOOL) && exponent < 0),
        () -> "Integers to negative integer powers are not allowed.");
  }

  /** {@code clamp} needs a bound. */
  public static void checkClamp(boolean hasMin, boolean hasMax) {
    Checks.check(
        hasMin || hasMax, () -> "torch.clamp: At least one of 'min' or 'max' must not be None");
  }
}
