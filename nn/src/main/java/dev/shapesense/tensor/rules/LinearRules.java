package dev.shapesense.tensor.rules;

import dev.shapesense.tensor.Assumptions;
import dev.shapesense.tensor.Checks;
import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.ShapeError;
import java.util.ArrayList;
import java.util.List;

/**
 * Shape rules of {@code F.linear} and {@code F.bilinear} as PyTorch 1.13's CPU kernels compute
 * them: {@code linear} is {@code addmm(bias, x, w.t())} for a matrix input (and a 3-D input with a
 * bias, viewed as a matrix), else {@code matmul(x, w.t())} followed by an in-place bias add. A
 * {@code null} bias means no bias.
 */
public final class LinearRules {
  private LinearRules() {}

  /** {@code F.linear(input, weight, bias)}. */
  public static Shape linear(
      Shape input, DType inputType, Shape weight, DType weightType, Shape bias, DType biasType) {
    Shape wt = LinalgRules.t(weight);
    if (bias != null && input.rank() == 2) {
      return LinalgRules.addmm(bias, biasType, input, inputType, wt, weightType);
    }
    if (bias != null && input.rank() == 3) {
      Shape flat = Shape.of(input.get(0).times(input.get(1)), input.get(2));
      Shape out = LinalgRules.addmm(bias, biasType, flat, inputType, wt, weightType);
      return Shape.of(input.get(0), input.get(1), out.get(1)).assuming(out.assumptions());
    }
    Shape out = LinalgRules.matmulChecked(input, inputType, wt, weightType);
    if (bias != null) {
      out = BroadcastRules.inplace(out, bias);
    }
    return out;
  }

  /** {@code F.bilinear(input1, input2, weight, bias)}: weight {@code [out, in1, in2]}. */
  public static Shape bilinear(Shape input1, Shape input2, Shape weight, Shape bias) {
    Checks.check(
        input1.rank() == input2.rank(),
        () ->
            "bilinear(): input dimensions do not match: got "
                + input1.rank()
                + " and "
                + input2.rank());
    Assumptions into = new Assumptions();
    for (int i = 0; i < input1.rank() - 1; i++) {
      Dim a = input1.get(i);
      Dim b = input2.get(i);
      int at = i;
      Checks.checkEq(
          a,
          b,
          () ->
              "bilinear(): input batch dimensions do not match at dim "
                  + at
                  + ": got "
                  + a
                  + " and "
                  + b,
          into);
    }
    // The inputs' last dims against the weight's dims 1 and 2.
    for (int n = 1; n <= 2; n++) {
      Dim in = last(n == 1 ? input1 : input2);
      Dim w = weight.get(n);
      String which = "input" + n;
      Checks.checkEq(
          in,
          w,
          () ->
              "bilinear(): "
                  + which
                  + " size does not match weight size: got "
                  + in
                  + " but expected "
                  + w,
          into);
    }
    if (bias != null) {
      Dim b0 = bias.get(0);
      Dim w0 = weight.get(0);
      Checks.check(
          Dim.eq(b0, w0),
          () ->
              "bilinear(): bias size does not match weight size: got " + b0 + " but expected " + w0,
          () -> b0 + " == " + w0,
          into);
    }
    List<Dim> out = new ArrayList<>(input1.sub(0, input1.rank() - 1).dims());
    out.add(weight.get(0));
    return Shape.of(out).assuming(into);
  }

  private static Dim last(Shape s) {
    if (s.rank() == 0) {
      throw new ShapeError("IndexError", "Dimension specified as -1 but tensor has no dimensions");
    }
    return s.get(-1);
  }
}
