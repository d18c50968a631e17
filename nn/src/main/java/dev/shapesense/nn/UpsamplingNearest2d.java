package dev.shapesense.nn;

/** {@code nn.UpsamplingNearest2d}: {@link Upsample} in mode {@code nearest} (deprecated in PyTorch). */
public class UpsamplingNearest2d extends Upsample {
  public UpsamplingNearest2d() {
    mode("nearest");
  }

  public UpsamplingNearest2d(int size) {
    this();
    size(size);
  }

  public UpsamplingNearest2d(int[] size) {
    this();
    size(size);
  }

  public UpsamplingNearest2d(int[] size, Double scaleFactor) {
    super(size, scaleFactor, "nearest");
  }
}
