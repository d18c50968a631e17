package dev.shapesense.tensor.rules;

import dev.shapesense.tensor.Assumptions;
import dev.shapesense.tensor.Checks;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.ShapeError;
import java.util.ArrayList;
import java.util.List;

/**
 * The Python-level rules of PyTorch 1.13's conv modules ({@code torch/nn/modules/conv.py}): the
 * constructor checks of {@code _ConvNd}, the padding a non-zeros {@code padding_mode} applies, and
 * {@code _ConvTransposeNd._output_padding}, which turns a requested {@code output_size} into output
 * padding.
 */
public final class ConvModuleRules {
  private ConvModuleRules() {}

  /**
   * {@code _ConvNd.__init__}'s checks, in its order; {@code paddingString} is null for numeric
   * padding. Transposed modules pass {@code transposedName} (their class name), others null.
   */
  public static void checkConfig(
      long inChannels,
      long outChannels,
      long[] stride,
      String paddingString,
      long groups,
      String paddingMode,
      String transposedName) {
    if (transposedName != null && !paddingMode.equals("zeros")) {
      throw new ShapeError(
          "ValueError", "Only \"zeros\" padding mode is supported for " + transposedName);
    }
    Checks.check(groups > 0, "ValueError", () -> "groups must be a positive integer");
    Checks.check(
        inChannels % groups == 0, "ValueError", () -> "in_channels must be divisible by groups");
    Checks.check(
        outChannels % groups == 0, "ValueError", () -> "out_channels must be divisible by groups");
    // A transposed module turns a padding string into a tuple of characters: no check here.
    if (paddingString != null && transposedName == null) {
      Checks.check(
          paddingString.equals("same") || paddingString.equals("valid"),
          "ValueError",
          () ->
              "Invalid padding string '" + paddingString + "', should be one of {'same', 'valid'}");
      if (paddingString.equals("same")) {
        for (long s : stride) {
          Checks.check(
              s == 1,
              "ValueError",
              () -> "padding='same' is not supported for strided convolutions");
        }
      }
    }
    Checks.check(
        List.of("zeros", "reflect", "replicate", "circular").contains(paddingMode),
        "ValueError",
        () ->
            "padding_mode must be one of {'reflect', 'circular', 'zeros', 'replicate'}, but got"
                + " padding_mode='"
                + paddingMode
                + "'");
  }

  /**
   * {@code _reversed_padding_repeated_twice}: the {@code F.pad} argument a non-zeros padding mode
   * uses, last dim first; {@code 'same'} splits {@code d * (k - 1)} with the odd element right.
   */
  public static long[] reversedPadding(
      long[] kernel, long[] padding, String paddingString, long[] dilation) {
    int n = kernel.length;
    long[] out = new long[2 * n];
    for (int i = 0; i < n; i++) {
      int j = n - 1 - i;
      if (paddingString == null) {
        out[2 * j] = padding[i];
        out[2 * j + 1] = padding[i];
      } else if (paddingString.equals("same")) {
        long total = dilation[i] * (kernel[i] - 1);
        out[2 * j] = total / 2;
        out[2 * j + 1] = total - total / 2;
      }
    }
    return out;
  }

  /**
   * {@code _ConvTransposeNd._output_padding} for a requested {@code outputSize} (spatial sizes, or
   * with the non-spatial dims in front): the output padding that yields it, possibly symbolic.
   * {@code stringPadding} says the layer was given a padding string, which Python cannot subtract.
   * A requested size undecidable on symbolic input sizes is recorded into {@code into}.
   */
  public static Dim[] outputPadding(
      String className,
      Shape input,
      long[] outputSize,
      int spatial,
      long[] stride,
      long[] padding,
      long[] kernel,
      long[] dilation,
      boolean stringPadding,
      Assumptions into) {
    boolean batched = input.rank() == spatial + 2;
    int nonSpatial = batched ? 2 : 1;
    long[] size = outputSize;
    if (size.length == nonSpatial + spatial) {
      size = java.util.Arrays.copyOfRange(size, nonSpatial, size.length);
    }
    long[] requested = size;
    Checks.check(
        requested.length == spatial,
        "ValueError",
        () ->
            "ConvTranspose"
                + spatial
                + "D: for "
                + input.rank()
                + "D input, output_size must have "
                + spatial
                + " or "
                + (nonSpatial + spatial)
                + " elements (got "
                + requested.length
                + ")");
    if (stringPadding) {
      // Python computes 2 * padding[d] on a character, then subtracts that string from an int.
      throw new ShapeError("TypeError", "unsupported operand type(s) for -: 'int' and 'str'");
    }
    List<Dim> min = new ArrayList<>();
    List<Dim> max = new ArrayList<>();
    for (int d = 0; d < spatial; d++) {
      int index = d + nonSpatial;
      if (index >= input.rank()) {
        Checks.wrapDim(index, input.rank());
      }
      Checks.check(
          d < stride.length && d < padding.length && d < kernel.length && d < dilation.length,
          "IndexError",
          () -> "tuple index out of range");
      Dim dimSize =
          input
              .get(index)
              .minus(1)
              .times(stride[d])
              .minus(2 * padding[d])
              .plus(dilation[d] * (kernel[d] - 1) + 1);
      min.add(dimSize);
      max.add(dimSize.plus(stride[d] - 1));
    }
    Dim[] out = new Dim[spatial];
    for (int i = 0; i < spatial; i++) {
      Dim s = Dim.of(requested[i]);
      Dim lo = min.get(i);
      Dim hi = max.get(i);
      Checks.check(
          Dim.le(lo, s).and(Dim.le(s, hi)),
          "ValueError",
          () ->
              "requested an output size of "
                  + Shape.of(requested).tuple()
                  + ", but valid sizes range from "
                  + min
                  + " to "
                  + max
                  + " (for an input of "
                  + input.sub(Math.min(2, input.rank()), input.rank()).torchSize()
                  + ")",
          () -> lo + " <= " + s + " <= " + hi,
          into);
      out[i] = s.minus(lo);
    }
    return out;
  }
}
