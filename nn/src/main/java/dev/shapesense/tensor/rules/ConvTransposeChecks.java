package dev.shapesense.tensor.rules;

import dev.shapesense.tensor.Assumptions;
import dev.shapesense.tensor.Checks;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.Truth;
import java.util.ArrayList;
import java.util.List;

/**
 * The shape checks of PyTorch 1.13's CPU transposed-convolution kernels ({@code
 * slow_conv_transpose2d_shape_check}, {@code slow_conv_transpose3d_shape_check}), which run after
 * {@code check_shape_forward} on each group's slice. A 1-d convolution arrives viewed as 2-d with
 * height 1, as the kernels see it, so messages print {@code (1 x W)}.
 */
final class ConvTransposeChecks {
  private ConvTransposeChecks() {}

  /**
   * Checks a batched transposed convolution whose output shape is {@code result}; {@code stride},
   * {@code dilation} and {@code outputPadding} are already in the kernels' 2-d or 3-d form.
   * Undecidable checks are recorded into {@code into}.
   */
  static void check(
      Shape input,
      Shape weight,
      long groups,
      long[] stride,
      long[] dilation,
      Dim[] outputPadding,
      boolean as2d,
      Shape result,
      Assumptions into) {
    Shape w = weight.set(0, weight.get(0).floorDiv(groups));
    Shape in = input;
    Shape out = result;
    if (as2d) {
      w = w.insert(2, Dim.of(1));
      in = in.insert(2, Dim.of(1));
      out = out.insert(2, Dim.of(1));
    }
    boolean is3d = w.rank() == 5;
    String[] names =
        is3d ? new String[] {"depth", "height", "width"} : new String[] {"height", "width"};
    List<Dim> kernel = w.dims().subList(2, w.rank());
    if (!is3d) {
      Truth kpos = Dim.lt(Dim.of(0), kernel.get(0)).and(Dim.lt(Dim.of(0), kernel.get(1)));
      Checks.check(
          kpos,
          () ->
              "kernel size should be greater than zero, but got kernel_height: "
                  + kernel.get(0)
                  + " kernel_width: "
                  + kernel.get(1),
          () -> "kernel > 0",
          into);
    }
    boolean dpos = true;
    for (long d : dilation) {
      dpos &= d > 0;
    }
    Checks.check(
        dpos,
        () -> {
          List<String> parts = new ArrayList<>();
          for (int i = 0; i < names.length; i++) {
            parts.add("dilation_" + names[i] + ": " + dilation[i]);
          }
          return "dilation should be greater than zero, but got " + String.join(", ", parts);
        });
    Truth small = Truth.TRUE;
    for (int i = 0; i < names.length; i++) {
      Dim op = outputPadding[i];
      small = small.and(Dim.lt(op, Dim.of(stride[i])).or(Dim.lt(op, Dim.of(dilation[i]))));
    }
    Checks.check(
        small,
        () -> {
          StringBuilder sb =
              new StringBuilder("output padding must be smaller than either stride or dilation,");
          sb.append(" but got");
          appendAll(sb, "output_padding", names, outputPadding);
          appendAll(sb, "stride", names, ConvRules.dims(stride));
          appendAll(sb, "dilation", names, ConvRules.dims(dilation));
          return sb.toString();
        },
        () -> "output_padding < max(stride, dilation)",
        into);
    Shape wf = w;
    Checks.check(
        Dim.eq(wf.numel(), Dim.of(0)) != Truth.TRUE,
        () ->
            is3d
                ? "non-empty 5D (n_output_plane x n_input_plane x kernel_depth x kernel_height x"
                    + " kernel_width) tensor expected for weight, but got: "
                    + wf
                : "non-empty 2D or 4D weight tensor expected, but got: " + wf);
    Truth positive = Truth.TRUE;
    List<String> inSizes = new ArrayList<>();
    List<String> outSizes = new ArrayList<>();
    for (int i = 2; i < out.rank(); i++) {
      positive = positive.and(Dim.le(Dim.of(1), out.get(i)));
      inSizes.add(in.get(i).toString());
      outSizes.add(out.get(i).toString());
    }
    Shape outf = out;
    Checks.check(
        positive,
        () ->
            "Given input size per channel: ("
                + String.join(" x ", inSizes)
                + "). Calculated output size per channel: ("
                + String.join(" x ", outSizes)
                + "). Output size is too small",
        () -> "output size " + outf.sub(2, outf.rank()) + " >= 1",
        into);
  }

  private static void appendAll(StringBuilder sb, String what, String[] names, Dim[] values) {
    for (int i = 0; i < names.length; i++) {
      sb.append(' ').append(what).append('_').append(names[i]).append(": ").append(values[i]);
    }
  }
}
