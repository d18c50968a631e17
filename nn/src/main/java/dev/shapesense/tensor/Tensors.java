package dev.shapesense.tensor;

/**
 * The {@code torch.*} functions: factories and functional forms of tensor ops. Factories take
 * sizes as {@code long...} (int literals work), a {@link Shape}, or a device first; without a
 * device they use {@link Device#current()}.
 */
public final class Tensors {
  private Tensors() {}

  // ---------------------------------------------------------------------------------------------
  // Factories.

  public static Tensor empty(long... size) {
    return empty(Device.current(), size);
  }

  public static Tensor empty(Shape shape) {
    return Tensor.create(shape, DType.FLOAT32, Device.current());
  }

  public static Tensor empty(Device device, long... size) {
    return Tensor.create(Shape.of(size), DType.FLOAT32, device);
  }

  public static Tensor empty(Device device, Shape shape) {
    return Tensor.create(shape, DType.FLOAT32, device);
  }

  public static Tensor empty(DType dtype, long... size) {
    return Tensor.create(Shape.of(size), dtype, Device.current());
  }

  public static Tensor empty(Device device, DType dtype, Shape shape) {
    return Tensor.create(shape, dtype, device);
  }

  public static Tensor zeros(long... size) {
    return empty(size);
  }

  public static Tensor zeros(Shape shape) {
    return empty(shape);
  }

  public static Tensor zeros(Device device, long... size) {
    return empty(device, size);
  }

  public static Tensor zeros(Device device, Shape shape) {
    return empty(device, shape);
  }

  public static Tensor zeros(DType dtype, long... size) {
    return empty(dtype, size);
  }

  public static Tensor ones(long... size) {
    return empty(size);
  }

  public static Tensor ones(Shape shape) {
    return empty(shape);
  }

  public static Tensor ones(Device device, long... size) {
    return empty(device, size);
  }

  public static Tensor ones(DType dtype, long... size) {
    return empty(dtype, size);
  }

  public static Tensor randn(long... size) {
    return empty(size);
  }

  public static Tensor randn(Shape shape) {
    return empty(shape);
  }

  public static Tensor randn(Device device, long... size) {
    return empty(device, size);
  }

  public static Tensor randn(Device device, Shape shape) {
    return empty(device, shape);
  }

  public static Tensor rand(long... size) {
    return empty(size);
  }

  public static Tensor rand(Shape shape) {
    return empty(shape);
  }

  public static Tensor rand(Device device, long... size) {
    return empty(device, size);
  }

  /** Random integers in {@code [low, high)}: an int64 tensor. */
  public static Tensor randint(long low, long high, long... size) {
    return Tensor.create(Shape.of(size), DType.INT64, Device.current());
  }

  /** Random integers in {@code [0, high)}: an int64 tensor. */
  public static Tensor randint(long high, Shape shape) {
    return Tensor.create(shape, DType.INT64, Device.current());
  }

  /** {@code torch.arange(end)}: int64 {@code [end]}. */
  public static Tensor arange(long end) {
    return arange(0, end, 1);
  }

  /** {@code torch.arange(start, end, step)}: int64 {@code [ceil((end - start) / step)]}. */
  public static Tensor arange(long start, long end, long step) {
    Checks.check(step != 0, () -> "step must be nonzero");
    Checks.check(
        (step > 0 && end >= start) || (step < 0 && end <= start),
        () -> "upper bound and larger bound inconsistent with step sign");
    long n = step > 0 ? Math.floorDiv(end - start + step - 1, step) : Math.floorDiv(start - end - step - 1, -step);
    return Tensor.create(Shape.of(n), DType.INT64, Device.current());
  }

  /** A tensor like {@code t}: same shape, dtype and device. */
  public static Tensor zerosLike(Tensor t) {
    return Tensor.create(t.shape(), t.dtype(), t.device());
  }

  public static Tensor onesLike(Tensor t) {
    return zerosLike(t);
  }

  public static Tensor randnLike(Tensor t) {
    return zerosLike(t);
  }

  public static Tensor emptyLike(Tensor t) {
    return zerosLike(t);
  }

  /** {@code torch.full(size, value)}. */
  public static Tensor full(long[] size, double value) {
    return empty(size);
  }

  /** A 0-d tensor holding a number ({@code torch.tensor(3.0)}). */
  public static Tensor scalar(double value) {
    return Tensor.create(Shape.of(), DType.FLOAT32, Device.current());
  }

  /** A 0-d int64 tensor ({@code torch.tensor(3)}). */
  public static Tensor scalar(long value) {
    return Tensor.create(Shape.of(), DType.INT64, Device.current());
  }

  // ==== views, reshaping and indexing (A) ====

  // ==== end A ====


  // ==== element-wise math, broadcasting, linear algebra, reductions (B1) ====

  // ==== end B1 ====


  // ==== activations, softmax, dropout, normalisation, embedding (B2) ====

  // ==== end B2 ====


  // ==== convolutions (C1) ====

  /** {@code torch.conv1d/2d/3d} ({@code spatial} = 1, 2, 3) with numeric padding; bias may be null. */
  public static Tensor convNd(
      int spatial,
      Tensor input,
      Tensor weight,
      Tensor bias,
      long[] stride,
      long[] padding,
      long[] dilation,
      long groups) {
    Shape out =
        dev.shapesense.tensor.rules.ConvRules.conv(
            spatial,
            input.shape(),
            input.dtype(),
            weight.shape(),
            weight.dtype(),
            bias == null ? null : bias.shape(),
            bias == null ? null : bias.dtype(),
            stride,
            padding,
            dilation,
            groups);
    return Tensor.result(out, input.dtype(), input, weight, bias);
  }

  /** {@code torch.conv1d/2d/3d} with {@code padding='same'} or {@code 'valid'}. */
  public static Tensor convNd(
      int spatial,
      Tensor input,
      Tensor weight,
      Tensor bias,
      long[] stride,
      String padding,
      long[] dilation,
      long groups) {
    Shape out =
        dev.shapesense.tensor.rules.ConvRules.conv(
            spatial,
            input.shape(),
            input.dtype(),
            weight.shape(),
            weight.dtype(),
            bias == null ? null : bias.shape(),
            bias == null ? null : bias.dtype(),
            stride,
            padding,
            dilation,
            groups);
    return Tensor.result(out, input.dtype(), input, weight, bias);
  }

  /** {@code torch.conv_transpose1d/2d/3d} ({@code spatial} = 1, 2, 3); bias may be null. */
  public static Tensor convTransposeNd(
      int spatial,
      Tensor input,
      Tensor weight,
      Tensor bias,
      long[] stride,
      long[] padding,
      long[] outputPadding,
      long groups,
      long[] dilation) {
    Dim[] op = new Dim[outputPadding.length];
    for (int i = 0; i < op.length; i++) {
      op[i] = Dim.of(outputPadding[i]);
    }
    Shape out =
        dev.shapesense.tensor.rules.ConvRules.convTranspose(
            spatial,
            input.shape(),
            input.dtype(),
            weight.shape(),
            weight.dtype(),
            bias == null ? null : bias.shape(),
            stride,
            padding,
            op,
            groups,
            dilation);
    return Tensor.result(out, input.dtype(), input, weight, bias);
  }

  // ==== end C1 ====


  // ==== pooling, padding, resampling (C2) ====

  // ==== end C2 ====


  // ==== recurrent layers and attention (D) ====

  // ==== end D ====

}
