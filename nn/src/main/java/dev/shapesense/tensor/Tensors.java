package dev.shapesense.tensor;

import dev.shapesense.tensor.rules.ConvRules;

/**
 * The {@code torch.*} functions: factories and functional forms of tensor ops. Factories take sizes
 * as {@code long...} (int literals work), a {@link Shape}, or a device first; without a device they
 * use {@link Device#current()}.
 */
public final class Tensors extends TensorsGenerated {
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
    return full(Device.current(), DType.FLOAT32, Shape.of(size), 1);
  }

  public static Tensor ones(Shape shape) {
    return full(Device.current(), DType.FLOAT32, shape, 1);
  }

  public static Tensor ones(Device device, long... size) {
    return full(device, DType.FLOAT32, Shape.of(size), 1);
  }

  public static Tensor ones(DType dtype, long... size) {
    return full(Device.current(), dtype, Shape.of(size), 1);
  }

  /** {@code torch.manual_seed(seed)}: reseeds the generator of random factories and init. */
  public static void manualSeed(long seed) {
    Generator.manualSeed(seed);
  }

  /** Draws from N(0, 1), float32; on CPU from the seeded generator ({@link #manualSeed}). */
  public static Tensor randn(long... size) {
    return randn(Device.current(), Shape.of(size));
  }

  public static Tensor randn(Shape shape) {
    return randn(Device.current(), shape);
  }

  public static Tensor randn(Device device, long... size) {
    return randn(device, Shape.of(size));
  }

  public static Tensor randn(Device device, Shape shape) {
    Tensor t = Tensor.create(shape, DType.FLOAT32, device);
    return device == Device.CPU
        ? Tensor.computed(shape, DType.FLOAT32, Generator.normal(Tensor.cpuNumel(shape)))
        : t;
  }

  /** Draws from U[0, 1), float32. */
  public static Tensor rand(long... size) {
    return rand(Device.current(), size);
  }

  public static Tensor rand(Shape shape) {
    Tensor t = Tensor.create(shape, DType.FLOAT32, Device.current());
    return t.hasData()
        ? Tensor.computed(shape, DType.FLOAT32, Generator.uniform(Tensor.cpuNumel(shape), 0, 1))
        : t;
  }

  public static Tensor rand(Device device, long... size) {
    Shape shape = Shape.of(size);
    Tensor t = Tensor.create(shape, DType.FLOAT32, device);
    return t.hasData()
        ? Tensor.computed(shape, DType.FLOAT32, Generator.uniform(Tensor.cpuNumel(shape), 0, 1))
        : t;
  }

  /** Random integers in {@code [low, high)}: an int64 tensor. */
  public static Tensor randint(long low, long high, long... size) {
    Shape shape = Shape.of(size);
    Tensor t = Tensor.create(shape, DType.INT64, Device.current());
    return t.hasData()
        ? Tensor.computedLongs(
            shape, DType.INT64, Generator.integers(Tensor.cpuNumel(shape), low, high))
        : t;
  }

  /** Random integers in {@code [0, high)}: an int64 tensor. */
  public static Tensor randint(long high, Shape shape) {
    Tensor t = Tensor.create(shape, DType.INT64, Device.current());
    return t.hasData()
        ? Tensor.computedLongs(
            shape, DType.INT64, Generator.integers(Tensor.cpuNumel(shape), 0, high))
        : t;
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
    long n =
        step > 0
            ? Math.floorDiv(end - start + step - 1, step)
            : Math.floorDiv(start - end - step - 1, -step);
    Tensor t = Tensor.create(Shape.of(n), DType.INT64, Device.current());
    if (!t.hasData()) {
      return t;
    }
    long[] v = new long[(int) n];
    for (int i = 0; i < v.length; i++) {
      v[i] = start + i * step;
    }
    return Tensor.computedLongs(t.shape(), DType.INT64, v);
  }

  /** {@code torch.arange(end, dtype=dtype)}. */
  public static Tensor arange(long end, DType dtype) {
    return arange(end).to(dtype);
  }

  /** {@code torch.arange(start, end, step, dtype=dtype)}. */
  public static Tensor arange(long start, long end, long step, DType dtype) {
    return arange(start, end, step).to(dtype);
  }

  /**
   * {@code torch.arange(end)} where {@code end} may be symbolic ({@code x.shape().get(1)} of an
   * {@code [N, L]} input gives {@code [L]}); a symbolic size is only possible on META.
   */
  public static Tensor arange(Dim end) {
    if (end.isConst()) {
      return arange(end.value());
    }
    Checks.check(
        Dim.le(Dim.of(0), end) != Truth.FALSE,
        () -> "upper bound and larger bound inconsistent with step sign");
    return Tensor.create(Shape.of(end), DType.INT64, Device.current());
  }

  /**
   * {@code torch.arange(start, end, step)} where {@code start} and {@code end} may be symbolic
   * ({@code arange(0, t, 1)} of a sequence length {@code t} gives {@code [t]}); the step must be a
   * number, since the length is a floor division by it.
   */
  public static Tensor arange(Dim start, Dim end, Dim step) {
    if (start.isConst() && end.isConst() && step.isConst()) {
      return arange(start.value(), end.value(), step.value());
    }
    if (!step.isConst()) {
      throw new UndecidableShapeException("arange with a symbolic step " + step);
    }
    long k = step.value();
    Checks.check(k != 0, () -> "step must be nonzero");
    Dim span = k > 0 ? end.minus(start) : start.minus(end);
    Assumptions into = new Assumptions();
    Checks.check(
        Dim.le(Dim.of(0), span),
        () -> "upper bound and larger bound inconsistent with step sign",
        () -> "0 <= " + span,
        into);
    Dim n = span.plus(Math.abs(k) - 1).floorDiv(Math.abs(k));
    return Tensor.create(Shape.of(n).assuming(into), DType.INT64, Device.current());
  }

  /** {@code torch.arange(start, end)} with possibly symbolic bounds. */
  public static Tensor arange(Dim start, Dim end) {
    return arange(start, end, Dim.of(1));
  }

  /** {@code torch.arange(start, end, step, dtype=dtype)} with possibly symbolic bounds. */
  public static Tensor arange(Dim start, Dim end, Dim step, DType dtype) {
    return arange(start, end, step).to(dtype);
  }

  /** {@code torch.arange(end, dtype=dtype)} with a possibly symbolic {@code end}. */
  public static Tensor arange(Dim end, DType dtype) {
    return arange(end).to(dtype);
  }

  /** A tensor like {@code t}: same shape, dtype and device. */
  public static Tensor zerosLike(Tensor t) {
    return Tensor.create(t.shape(), t.dtype(), t.device());
  }

  public static Tensor onesLike(Tensor t) {
    return full(t.device(), t.dtype(), t.shape(), 1);
  }

  public static Tensor randnLike(Tensor t) {
    Tensor r = randn(t.device(), t.shape());
    return r.dtype() == t.dtype() ? r : r.to(t.dtype());
  }

  public static Tensor emptyLike(Tensor t) {
    return zerosLike(t);
  }

  /** {@code torch.full(size, value)}. */
  public static Tensor full(long[] size, double value) {
    return full(Device.current(), DType.FLOAT32, Shape.of(size), value);
  }

  /** {@code torch.full(size, value, dtype=dtype, device=device)}. */
  public static Tensor full(Device device, DType dtype, Shape shape, double value) {
    Tensor t = Tensor.create(shape, dtype, device);
    if (!t.hasData()) {
      return t;
    }
    double[] v = new double[Tensor.cpuNumel(shape)];
    java.util.Arrays.fill(v, value);
    return Tensor.computed(shape, dtype, v);
  }

  /** A 0-d tensor holding a number ({@code torch.tensor(3.0)}). */
  public static Tensor scalar(double value) {
    return full(Device.current(), DType.FLOAT32, Shape.of(), value);
  }

  /** A 0-d int64 tensor ({@code torch.tensor(3)}). */
  public static Tensor scalar(long value) {
    Tensor t = Tensor.create(Shape.of(), DType.INT64, Device.current());
    return t.hasData() ? Tensor.computedLongs(Shape.of(), DType.INT64, new long[] {value}) : t;
  }

  /**
   * {@code torch.tensor(data).reshape(size)} on CPU: float32 elements in row-major order ({@code
   * values.length} must equal the sizes' product).
   */
  public static Tensor tensor(double[] values, long... size) {
    return tensor(DType.FLOAT32, values, size);
  }

  /** As {@link #tensor(double[], long...)} with the given floating (or integral) dtype. */
  public static Tensor tensor(DType dtype, double[] values, long... size) {
    Shape s = Shape.of(size);
    Checks.check(
        s.numel().value() == values.length,
        () -> "shape " + s + " is invalid for input of size " + values.length);
    return Tensor.computed(s, dtype, values.clone());
  }

  /** An int64 CPU tensor of {@code values} in row-major order ({@code torch.tensor([...])}). */
  public static Tensor tensor(long[] values, long... size) {
    Shape s = Shape.of(size);
    Checks.check(
        s.numel().value() == values.length,
        () -> "shape " + s + " is invalid for input of size " + values.length);
    return Tensor.computedLongs(s, DType.INT64, values.clone());
  }

  /** {@code torch.broadcast_shapes}: the shape every operand broadcasts to. */
  public static Shape broadcastShapes(Shape... shapes) {
    Shape out = Shape.of();
    for (Shape s : shapes) {
      out = dev.shapesense.tensor.rules.BroadcastRules.broadcast(out, s);
    }
    return out;
  }

  /** {@code torch.embedding(weight, indices)}: {@code indices.shape + [weight.size(1)]}. */
  public static Tensor embedding(Tensor weight, Tensor indices) {
    Shape s =
        dev.shapesense.tensor.rules.EmbeddingRules.embedding(
            indices.shape(), indices.dtype(), weight.shape());
    if (indices.hasData()) {
      return CpuNormKernels.embedding(indices, weight, s, null, 2);
    }
    return Tensor.result(s, weight.dtype(), indices, weight);
  }

  /** {@code torch.selu}. */
  public static Tensor selu(Tensor input) {
    DType d = dev.shapesense.tensor.rules.ActivationRules.floatKernel("elu_cpu", input.dtype());
    if (input.hasData()) {
      return ElementwiseOps.map(
          input,
          d,
          x ->
              1.0507009873554804934193349852946
                  * (x > 0 ? x : 1.6732632423543772848170429916717 * Math.expm1(x)));
    }
    return Tensor.result(input.shape(), d, input);
  }

  /** {@code torch.celu} (alpha 1). */
  public static Tensor celu(Tensor input) {
    DType d = dev.shapesense.tensor.rules.ActivationRules.floatKernel("elu_cpu", input.dtype());
    if (input.hasData()) {
      return ElementwiseOps.map(input, d, x -> x > 0 ? x : Math.expm1(x));
    }
    return Tensor.result(input.shape(), d, input);
  }

  /**
   * {@code torch.conv1d/2d/3d} ({@code spatial} = 1, 2, 3) with numeric padding; bias may be null.
   */
  public static Tensor convNd(
      int spatial,
      Tensor input,
      Tensor weight,
      Tensor bias,
      long[] stride,
      long[] padding,
      long[] dilation,
      long groups) {
    return conv(spatial, input, weight, bias, stride, padding, dilation, groups);
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
    return conv(spatial, input, weight, bias, stride, padding, dilation, groups);
  }

  /** A convolution whose {@code padding} is a {@code long[]} or a string, as the rule takes it. */
  private static Tensor conv(
      int spatial,
      Tensor input,
      Tensor weight,
      Tensor bias,
      long[] stride,
      Object padding,
      long[] dilation,
      long groups) {
    Shape in = input.shape();
    Shape w = weight.shape();
    Shape b = bias == null ? null : bias.shape();
    DType bd = bias == null ? null : bias.dtype();
    DType d = input.dtype();
    Shape out =
        padding instanceof String p
            ? ConvRules.conv(spatial, in, d, w, weight.dtype(), b, bd, stride, p, dilation, groups)
            : ConvRules.conv(
                spatial,
                in,
                d,
                w,
                weight.dtype(),
                b,
                bd,
                stride,
                (long[]) padding,
                dilation,
                groups);
    if (!input.hasData()) {
      return Tensor.result(out, d, input, weight, bias);
    }
    long[] left =
        !(padding instanceof String p)
            ? (long[]) padding
            : p.equals("same") ? CpuConv.samePadding(w, spatial, dilation) : new long[] {0};
    return CpuConv.conv(spatial, input, weight, bias, out, stride, left, dilation, groups);
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
    Shape b = bias == null ? null : bias.shape();
    Shape out =
        ConvRules.convTranspose(
            spatial,
            input.shape(),
            input.dtype(),
            weight.shape(),
            weight.dtype(),
            b,
            stride,
            padding,
            op,
            groups,
            dilation);
    if (input.hasData()) {
      return CpuConv.convTranspose(
          spatial, input, weight, bias, out, stride, padding, dilation, groups);
    }
    return Tensor.result(out, input.dtype(), input, weight, bias);
  }

  // roll, index_select, meshgrid (rules: rules.RollIndexRules).

  /** {@code torch.meshgrid(*tensors, indexing=indexing)}: one output per input, all one shape. */
  public static java.util.List<Tensor> meshgrid(java.util.List<Tensor> tensors, String indexing) {
    java.util.List<Shape> shapes = new java.util.ArrayList<>();
    java.util.List<DType> dtypes = new java.util.ArrayList<>();
    for (Tensor t : tensors) {
      shapes.add(t.shape());
      dtypes.add(t.dtype());
    }
    Shape out = dev.shapesense.tensor.rules.RollIndexRules.meshgrid(shapes, dtypes, indexing);
    Tensor[] inputs = tensors.toArray(new Tensor[0]);
    java.util.List<Tensor> outs = new java.util.ArrayList<>();
    boolean swap = "xy".equals(indexing) && tensors.size() >= 2;
    for (int i = 0; i < tensors.size(); i++) {
      Tensor t = tensors.get(i);
      if (!t.hasData()) {
        outs.add(Tensor.result(out, t.dtype(), inputs));
        continue;
      }
      // As torch does: each input viewed along its own output dim (the first two swapped for
      // "xy"), then expanded to the common shape.
      int at = swap && i < 2 ? 1 - i : i;
      long[] view = new long[out.rank()];
      java.util.Arrays.fill(view, 1);
      view[at] = t.shape().numel().value();
      outs.add(t.reshape(view).expand(out).contiguous());
    }
    return outs;
  }

  /** {@code torch.meshgrid(*tensors)}: "ij" indexing, PyTorch 1.13's default. */
  public static java.util.List<Tensor> meshgrid(Tensor... tensors) {
    return meshgrid(java.util.List.of(tensors), "ij");
  }
}
