package dev.shapesense.tensor.rules;

import dev.shapesense.tensor.Assumptions;
import dev.shapesense.tensor.Checks;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.ShapeError;
import dev.shapesense.tensor.Truth;
import java.util.ArrayList;
import java.util.List;

/**
 * Shape rules of PyTorch 1.13's non-constant padding as a convolution's {@code padding_mode}
 * applies it ({@code F.pad(input, pad, mode)} with mode {@code reflect}, {@code replicate} or
 * {@code circular}): the dispatch of {@code _pad_enum} and the checks of {@code
 * reflection_pad1d/2d/3d}, {@code replication_pad1d/2d/3d} and {@code _pad_circular}. {@code pad}
 * lists (left, right) pairs from the last dim backwards, as {@code F.pad} takes them.
 */
public final class ConvPadRules {
  private ConvPadRules() {}

  /** The padded shape of {@code input}; {@code mode} is reflect, replicate or circular. */
  public static Shape pad(Shape input, long[] pad, String mode) {
    int rank = input.rank();
    Checks.check(pad.length % 2 == 0, () -> "Padding length must be divisible by 2");
    Checks.check(pad.length <= rank * 2, () -> "Padding length too large");
    int n = pad.length / 2;
    if (n >= 1 && n <= 3 && (rank == n + 1 || rank == n + 2)) {
      return switch (mode) {
        case "reflect" -> reflectionPad(input, pad);
        case "replicate" -> replicationPad(input, pad);
        default -> PadRules.padCircular(input, pad);
      };
    }
    throw new ShapeError(
        "NotImplementedError",
        "Only 2D, 3D, 4D, 5D padding with non-constant padding are supported for now");
  }

  /** {@code reflection_pad{1,2,3}d}: each pad must be smaller than the dim it pads. */
  static Shape reflectionPad(Shape input, long[] pad) {
    int n = pad.length / 2;
    Assumptions into = new Assumptions();
    PadRules.reflectionPadded(input, pad, n, into);
    return paddedAtLeastOne(
        input,
        pad,
        n == 1 ? "2input (W: " : "input (",
        n == 3 ? ") is too small." : ")is too small.",
        into);
  }

  /** {@code replication_pad{1,2,3}d}. */
  static Shape replicationPad(Shape input, long[] pad) {
    int n = pad.length / 2;
    return paddedAtLeastOne(
        input,
        pad,
        n == 1 ? "input (W: " : "input (",
        n == 2 ? " ) is too small." : ") is too small.",
        new Assumptions());
  }

  /**
   * The padded shape, refused when its padded dims are all below 1 (the message runs {@code head},
   * the input sizes, {@code middle}) or when a dim is negative.
   */
  private static Shape paddedAtLeastOne(
      Shape input, long[] pad, String head, String middle, Assumptions into) {
    Shape out = padded(input, pad);
    checkNotTooSmall(input, out, pad.length / 2, head, middle, into);
    return checkNonNegative(out).assuming(into);
  }

  private static Shape padded(Shape input, long[] pad) {
    Shape out = input;
    int rank = input.rank();
    for (int j = 0; j < pad.length / 2; j++) {
      int d = rank - 1 - j;
      out = out.set(d, input.get(d).plus(pad[2 * j] + pad[2 * j + 1]));
    }
    return out;
  }

  /** The kernels refuse an output whose padded dims are all below 1. */
  private static void checkNotTooSmall(
      Shape input, Shape out, int n, String head, String middle, Assumptions into) {
    String[] names = {"D", "H", "W"};
    Truth anyPositive = Truth.FALSE;
    int rank = input.rank();
    for (int j = 0; j < n; j++) {
      anyPositive = anyPositive.or(Dim.le(Dim.of(1), out.get(rank - 1 - j)));
    }
    Checks.check(
        anyPositive,
        () -> {
          List<String> in = new ArrayList<>();
          List<String> o = new ArrayList<>();
          for (int j = n - 1; j >= 0; j--) {
            String name = names[3 - n + (n - 1 - j)];
            in.add(name + ": " + input.get(rank - 1 - j));
            o.add(name + ": " + out.get(rank - 1 - j));
          }
          String inText = n == 1 ? in.get(0).substring(3) : joinSizes(in);
          return head + inText + middle + " Calculated output " + String.join(" ", o);
        },
        () -> "padded size >= 1",
        into);
  }

  /** {@code D: 4 H: 4, W: 4} and {@code H: 4, W: 4}: the kernels' own punctuation. */
  private static String joinSizes(List<String> parts) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < parts.size(); i++) {
      if (i > 0) {
        sb.append(i == parts.size() - 1 ? ", " : " ");
      }
      sb.append(parts.get(i));
    }
    return sb.toString();
  }

  private static Shape checkNonNegative(Shape out) {
    for (Dim d : out) {
      if (d.isConst() && d.value() < 0) {
        throw new ShapeError(
            "Trying to create tensor with negative dimension " + d.value() + ": " + out);
      }
    }
    return out;
  }
}
