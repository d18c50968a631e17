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
 * Resampling shape rules (PyTorch 1.13): {@code F.interpolate} (Python checks, then the upsample
 * kernels' size checks; output size {@code floor(input * scale)}, exact on symbolic dims for scales
 * that are exact fractions), {@code pixel_shuffle} and {@code pixel_unshuffle}.
 */
public final class ResampleRules {
  private ResampleRules() {}

  /**
   * {@code F.interpolate}. {@code size}/{@code scale} hold one value to broadcast when {@code
   * sizeScalar}/{@code scaleScalar}, else one per spatial dim; null is None.
   */
  public static Shape interpolate(
      Shape in,
      DType dtype,
      long[] size,
      boolean sizeScalar,
      double[] scale,
      boolean scaleScalar,
      String mode,
      Boolean alignCorners,
      Boolean recompute,
      boolean antialias) {
    if (mode.equals("nearest") || mode.equals("area") || mode.equals("nearest-exact")) {
      Checks.check(
          alignCorners == null,
          "ValueError",
          () ->
              "align_corners option can only be set with the interpolating modes: linear |"
                  + " bilinear | bicubic | trilinear");
    }
    int dim = in.rank() - 2;
    Checks.check(
        size == null || scale == null,
        "ValueError",
        () -> "only one of size or scale_factor should be defined");
    Checks.check(
        size != null || scale != null,
        "ValueError",
        () -> "either size or scale_factor should be defined");
    List<Dim> spatial = in.rank() >= 2 ? in.dims().subList(2, in.rank()) : List.of();
    Dim[] out = new Dim[Math.max(dim, 0)];
    if (size != null) {
      Checks.check(
          sizeScalar || size.length == dim,
          "ValueError",
          () ->
              "Input and output must have the same number of spatial dimensions, but got input"
                  + " with spatial dimensions of "
                  + spatial
                  + " and output size of "
                  + tuple(size)
                  + ". Please provide input tensor in (N, C, d1, d2, ...,dK) format and output"
                  + " size in (o1, o2, ...,oK) format.");
      for (int i = 0; i < out.length; i++) {
        out[i] = Dim.of(sizeScalar ? size[0] : size[i]);
      }
    } else {
      Checks.check(
          scaleScalar || scale.length == dim,
          "ValueError",
          () ->
              "Input and scale_factor must have the same number of spatial dimensions, but got"
                  + " input with spatial dimensions of "
                  + spatial
                  + " and scale_factor of shape "
                  + tuple(scale)
                  + ". Please provide input tensor in (N, C, d1, d2, ...,dK) format and"
                  + " scale_factor in (s1, s2, ...,sK) format.");
      for (int i = 0; i < out.length; i++) {
        out[i] = scaled(in.get(2 + i), scaleScalar ? scale[0] : scale[i]);
      }
    }
    Checks.check(
        !(Boolean.TRUE.equals(recompute) && size != null),
        "ValueError",
        () -> "recompute_scale_factor is not meaningful with an explicit size.");
    Checks.check(
        !antialias || ((mode.equals("bilinear") || mode.equals("bicubic")) && in.rank() == 4),
        "ValueError",
        () -> "Anti-alias option is only supported for bilinear and bicubic modes");
    int nd = in.rank();
    boolean ok =
        switch (mode) {
          case "nearest", "nearest-exact", "area" -> nd >= 3 && nd <= 5;
          case "linear" -> nd == 3;
          case "bilinear", "bicubic" -> nd == 4;
          case "trilinear" -> nd == 5;
          default -> false;
        };
    if (!ok) {
      String need =
          switch (mode) {
            case "linear" -> "3D";
            case "bilinear" -> "4D";
            case "trilinear" -> "5D";
            default -> null;
          };
      if (need != null && nd >= 3 && nd <= 5 && !mode.equals("bicubic")) {
        throw new ShapeError(
            "NotImplementedError",
            "Got " + nd + "D input, but " + mode + " mode needs " + need + " input");
      }
      throw new ShapeError(
          "NotImplementedError",
          "Input Error: Only 3D, 4D and 5D input Tensors supported (got "
              + nd
              + "D) for the modes: nearest | linear | bilinear | bicubic | trilinear | area |"
              + " nearest-exact (got "
              + mode
              + ")");
    }
    if (mode.equals("area")) {
      return switch (nd) {
        case 3 -> AdaptivePoolRules.adaptiveAvgPool1d(in, dtype, out);
        case 4 -> AdaptivePoolRules.adaptiveAvgPool2d(in, dtype, out);
        default -> AdaptivePoolRules.adaptiveAvgPool3d(in, dtype, out);
      };
    }
    Assumptions into = new Assumptions();
    checkSizes(in, out, into);
    return PoolRules.withSpatial(in, out).assuming(into);
  }

  /** {@code floor(size * scale)}: computed in doubles as PyTorch does, or as an exact fraction. */
  static Dim scaled(Dim size, double scale) {
    if (size.isConst()) {
      return Dim.of((long) Math.floor((double) size.value() * scale));
    }
    for (long q = 1; q <= 1 << 12; q++) {
      double p = scale * q;
      if (Math.abs(p - Math.rint(p)) < 1e-9) {
        return size.times((long) Math.rint(p)).floorDiv(q);
      }
    }
    return size.times((long) Math.rint(scale * 4096)).floorDiv(4096);
  }

  private static void checkSizes(Shape in, Dim[] out, Assumptions into) {
    String[] names =
        out.length == 1
            ? new String[] {"W"}
            : out.length == 2 ? new String[] {"H", "W"} : new String[] {"D", "H", "W"};
    dev.shapesense.tensor.Truth ok = dev.shapesense.tensor.Truth.TRUE;
    for (int i = 0; i < out.length; i++) {
      ok = ok.and(PoolRules.positive(in.get(2 + i))).and(PoolRules.positive(out[i]));
    }
    PoolRules.require(
        ok,
        "RuntimeError",
        () -> {
          StringBuilder a = new StringBuilder();
          StringBuilder b = new StringBuilder();
          for (int i = 0; i < out.length; i++) {
            a.append(i > 0 ? ", " : "").append(names[i]).append(": ").append(in.get(2 + i));
            b.append(i > 0 ? ", " : "").append(names[i]).append(": ").append(out[i]);
          }
          return "Input and output sizes should be greater than 0, but got input ("
              + a
              + ") output ("
              + b
              + ")";
        },
        "input and output sizes greater than 0",
        into);
  }

  private static String tuple(long[] v) {
    List<String> s = new ArrayList<>();
    for (long x : v) {
      s.add(Long.toString(x));
    }
    return "(" + String.join(", ", s) + (v.length == 1 ? ",)" : ")");
  }

  private static String tuple(double[] v) {
    List<String> s = new ArrayList<>();
    for (double x : v) {
      s.add(Double.toString(x));
    }
    return "(" + String.join(", ", s) + (v.length == 1 ? ",)" : ")");
  }

  /** The checks both pixel shuffles open with: a channel dim and a positive factor. */
  private static void checkShuffleArgs(Shape in, long r, String op, String factor) {
    Checks.check(
        in.rank() >= 3,
        () ->
            op
                + " expects input to have at least 3 dimensions, but got input with "
                + in.rank()
                + " dimension(s)");
    Checks.check(r > 0, () -> op + " expects a positive " + factor + ", but got " + r);
  }

  /** {@code pixel_shuffle}: {@code [*, C * r * r, H, W]} to {@code [*, C, H * r, W * r]}. */
  public static Shape pixelShuffle(Shape in, long r) {
    checkShuffleArgs(in, r, "pixel_shuffle", "upscale_factor");
    Dim c = in.get(-3);
    long sq = r * r;
    Assumptions into = new Assumptions();
    divisible(
        c,
        sq,
        () ->
            "pixel_shuffle expects its input's 'channel' dimension to be divisible by the square"
                + " of upscale_factor, but input.size(-3)="
                + c
                + " is not divisible by "
                + sq,
        into);
    int n = in.rank();
    return in.set(n - 3, c.floorDiv(sq))
        .set(n - 2, in.get(-2).times(r))
        .set(n - 1, in.get(-1).times(r))
        .assuming(into);
  }

  /** {@code pixel_unshuffle}: {@code [*, C, H * r, W * r]} to {@code [*, C * r * r, H, W]}. */
  public static Shape pixelUnshuffle(Shape in, long r) {
    checkShuffleArgs(in, r, "pixel_unshuffle", "downscale_factor");
    Dim h = in.get(-2);
    Dim w = in.get(-1);
    Assumptions into = new Assumptions();
    divisible(
        h,
        r,
        () ->
            "pixel_unshuffle expects height to be divisible by downscale_factor, but"
                + " input.size(-2)="
                + h
                + " is not divisible by "
                + r,
        into);
    divisible(
        w,
        r,
        () ->
            "pixel_unshuffle expects width to be divisible by downscale_factor, but"
                + " input.size(-1)="
                + w
                + " is not divisible by "
                + r,
        into);
    int n = in.rank();
    return in.set(n - 3, in.get(-3).times(r * r))
        .set(n - 2, h.floorDiv(r))
        .set(n - 1, w.floorDiv(r))
        .assuming(into);
  }

  private static void divisible(
      Dim d, long k, java.util.function.Supplier<String> message, Assumptions into) {
    PoolRules.require(
        Dim.eq(d.floorDiv(k).times(k), d), "RuntimeError", message, d + " % " + k + " == 0", into);
  }
}
