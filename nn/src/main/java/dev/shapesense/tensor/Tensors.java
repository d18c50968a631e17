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

  /** {@code torch.relu}. */
  public static Tensor relu(Tensor input) {
    return input.relu();
  }

  /** {@code torch.sigmoid}: integral input gives float32. */
  public static Tensor sigmoid(Tensor input) {
    return input.sigmoid();
  }

  /** {@code torch.tanh}: integral input gives float32. */
  public static Tensor tanh(Tensor input) {
    return input.tanh();
  }

  /** {@code torch.softmax(input, dim)}. */
  public static Tensor softmax(Tensor input, int dim) {
    return input.softmax(dim);
  }

  public static Tensor softmax(Tensor input, int dim, DType dtype) {
    return input.softmax(dim, dtype);
  }

  /** {@code torch.log_softmax(input, dim)}. */
  public static Tensor logSoftmax(Tensor input, int dim) {
    return input.logSoftmax(dim);
  }

  public static Tensor logSoftmax(Tensor input, int dim, DType dtype) {
    return input.logSoftmax(dim, dtype);
  }

  /** {@code torch.dropout(input, p, train)}: the shape is kept. */
  public static Tensor dropout(Tensor input, double p, boolean train) {
    Shape s =
        dev.shapesense.tensor.rules.DropoutRules.dropout(input.shape(), input.dtype(), p, train);
    return Tensor.result(s, input.dtype(), input);
  }

  /** {@code torch.feature_dropout(input, p, train)}: needs a channel dim when it drops. */
  public static Tensor featureDropout(Tensor input, double p, boolean train) {
    Shape s =
        dev.shapesense.tensor.rules.DropoutRules.featureDropout(
            input.shape(), input.dtype(), p, train);
    return Tensor.result(s, input.dtype(), input);
  }

  /** {@code torch.layer_norm(input, normalized_shape, weight, bias)}. */
  public static Tensor layerNorm(Tensor input, long[] normalizedShape, Tensor weight, Tensor bias) {
    Shape s =
        dev.shapesense.tensor.rules.NormRules.layerNorm(
            input.shape(),
            Shape.of(normalizedShape),
            weight == null ? null : weight.shape(),
            bias == null ? null : bias.shape());
    DType d =
        dev.shapesense.tensor.rules.ActivationRules.floatKernel(
            "LayerNormKernelImpl", input.dtype());
    return Tensor.result(s, d, input, weight, bias);
  }

  public static Tensor layerNorm(Tensor input, long... normalizedShape) {
    return layerNorm(input, normalizedShape, null, null);
  }

  /** {@code torch.group_norm(input, num_groups, weight, bias)}. */
  public static Tensor groupNorm(Tensor input, long numGroups, Tensor weight, Tensor bias) {
    Shape s =
        dev.shapesense.tensor.rules.NormRules.groupNorm(
            input.shape(),
            numGroups,
            weight == null ? null : weight.shape(),
            bias == null ? null : bias.shape());
    DType d =
        dev.shapesense.tensor.rules.ActivationRules.floatKernel(
            "GroupNormKernelImpl", input.dtype());
    return Tensor.result(s, d, input, weight, bias);
  }

  public static Tensor groupNorm(Tensor input, long numGroups) {
    return groupNorm(input, numGroups, null, null);
  }

  /** {@code torch.embedding(weight, indices)}: {@code indices.shape + [weight.size(1)]}. */
  public static Tensor embedding(Tensor weight, Tensor indices) {
    Shape s =
        dev.shapesense.tensor.rules.EmbeddingRules.embedding(
            indices.shape(), indices.dtype(), weight.shape());
    return Tensor.result(s, weight.dtype(), indices, weight);
  }

  /** {@code torch.prelu(input, weight)}. */
  public static Tensor prelu(Tensor input, Tensor weight) {
    Shape s = dev.shapesense.tensor.rules.ActivationRules.prelu(input.shape(), weight.shape());
    Checks.check(
        input.dtype() == weight.dtype(),
        () ->
            "Found dtype "
                + weight.dtype().scalarName()
                + " but expected "
                + input.dtype().scalarName());
    return Tensor.result(s, input.dtype(), input, weight);
  }

  /** {@code torch.selu}. */
  public static Tensor selu(Tensor input) {
    DType d = dev.shapesense.tensor.rules.ActivationRules.floatKernel("elu_cpu", input.dtype());
    return Tensor.result(input.shape(), d, input);
  }

  /** {@code torch.celu}. */
  public static Tensor celu(Tensor input) {
    return selu(input);
  }

  // ==== end B2 ====


  // ==== convolutions (C1) ====

  // ==== end C1 ====


  // ==== pooling, padding, resampling (C2) ====

  // ==== end C2 ====


  // ==== recurrent layers and attention (D) ====

  // ==== end D ====

}
