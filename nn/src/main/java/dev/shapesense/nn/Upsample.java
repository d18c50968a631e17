package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;

/**
 * {@code nn.Upsample}: {@code F.interpolate} with the module's size or scale factor, mode, {@code
 * align_corners} and {@code recompute_scale_factor}. Exactly one of size and scale factor must be
 * set by forward time; checks run in forward, as PyTorch's do.
 */
public class Upsample extends Module {
  private int[] size;
  private boolean sizeScalar;
  private double[] scaleFactor;
  private boolean scaleScalar;
  private String mode = "nearest";
  private Boolean alignCorners;
  private Boolean recomputeScaleFactor;

  public Upsample() {}

  public Upsample(int size) {
    size(size);
  }

  public Upsample(int[] size) {
    size(size);
  }

  public Upsample(int[] size, Double scaleFactor, String mode) {
    this.size = size == null ? null : size.clone();
    if (scaleFactor != null) {
      scaleFactor(scaleFactor);
    }
    this.mode = mode;
  }

  public Upsample(int[] size, Double scaleFactor, String mode, Boolean alignCorners) {
    this(size, scaleFactor, mode);
    this.alignCorners = alignCorners;
  }

  /** One output size for every spatial dim. */
  public Upsample size(int size) {
    this.size = new int[] {size};
    this.sizeScalar = true;
    return this;
  }

  /** One output size per spatial dim. */
  public Upsample size(int[] size) {
    this.size = size == null ? null : size.clone();
    this.sizeScalar = false;
    return this;
  }

  /** One scale for every spatial dim; PyTorch stores it as a float, and 0 as None. */
  public Upsample scaleFactor(double scaleFactor) {
    this.scaleFactor = scaleFactor == 0 ? null : new double[] {scaleFactor};
    this.scaleScalar = true;
    return this;
  }

  public Upsample scaleFactor(double[] scaleFactor) {
    this.scaleFactor = scaleFactor == null ? null : scaleFactor.clone();
    this.scaleScalar = false;
    return this;
  }

  public Upsample mode(String mode) {
    this.mode = mode;
    return this;
  }

  public Upsample alignCorners(Boolean alignCorners) {
    this.alignCorners = alignCorners;
    return this;
  }

  public Upsample recomputeScaleFactor(Boolean recomputeScaleFactor) {
    this.recomputeScaleFactor = recomputeScaleFactor;
    return this;
  }

  public int[] getSize() {
    return size == null ? null : size.clone();
  }

  public double[] getScaleFactor() {
    return scaleFactor == null ? null : scaleFactor.clone();
  }

  public String getMode() {
    return mode;
  }

  public Boolean getAlignCorners() {
    return alignCorners;
  }

  public Tensor forward(Tensor input) {
    return fire(
        interpolate(
            input,
            size,
            sizeScalar,
            scaleFactor,
            scaleScalar,
            mode,
            alignCorners,
            recomputeScaleFactor,
            false),
        input);
  }

  /**
   * {@code F.interpolate}'s one body, for this module and the functional forms: the rule's shape,
   * computed on CPU when the input holds data ({@code sizeScalar}, {@code scaleScalar}: the size or
   * the scale was one number, which PyTorch words its errors for).
   */
  static Tensor interpolate(
      Tensor input,
      int[] size,
      boolean sizeScalar,
      double[] scales,
      boolean scaleScalar,
      String mode,
      Boolean alignCorners,
      Boolean recompute,
      boolean antialias) {
    dev.shapesense.tensor.Shape s =
        dev.shapesense.tensor.rules.ResampleRules.interpolate(
            input.shape(),
            input.dtype(),
            size == null ? null : PoolArgs.longs(size),
            sizeScalar,
            scales,
            scaleScalar,
            mode,
            alignCorners,
            recompute,
            antialias);
    if (input.hasData()) {
      return cpu(input, s, mode, alignCorners, scales, recompute, antialias);
    }
    return Tensor.result(s, input.dtype(), input);
  }

  /** Interpolation on CPU: the user's scale factors drive the source index unless recomputed. */
  static Tensor cpu(
      Tensor input,
      dev.shapesense.tensor.Shape s,
      String mode,
      Boolean alignCorners,
      double[] scales,
      Boolean recompute,
      boolean antialias) {
    if (antialias) {
      return dev.shapesense.tensor.CpuResample.antialiased(
          input, s, mode, alignCorners, recompute != null && recompute ? null : scales);
    }
    return dev.shapesense.tensor.CpuResample.interpolate(
        input,
        s,
        mode == null ? "nearest" : mode,
        alignCorners,
        recompute != null && recompute ? null : scales);
  }

  @Override
  protected String extraRepr() {
    String info;
    if (scaleFactor != null) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < scaleFactor.length; i++) {
        sb.append(i > 0 ? ", " : "").append(scaleFactor[i]);
      }
      info =
          "scale_factor=" + (scaleScalar ? sb : "(" + sb + (scaleFactor.length == 1 ? ",)" : ")"));
    } else {
      info = "size=" + (size == null ? "None" : sizeScalar ? size[0] : PoolArgs.tuple(size));
    }
    return info + ", mode=" + mode;
  }
}
