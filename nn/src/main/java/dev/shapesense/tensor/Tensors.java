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
    long n = step > 0 ? Math.floorDiv(end - start + step - 1, step) : Math.floorDiv(start - end - step - 1, -step);
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

  private static java.util.List<Shape> shapesOf(java.util.List<Tensor> tensors) {
    java.util.List<Shape> out = new java.util.ArrayList<>();
    for (Tensor t : tensors) {
      out.add(t.shape());
    }
    return out;
  }

  private static DType promoteAll(java.util.List<Tensor> tensors) {
    DType d = tensors.isEmpty() ? DType.FLOAT32 : tensors.get(0).dtype();
    for (Tensor t : tensors) {
      d = DType.promote(d, t.dtype());
    }
    return d;
  }

  private static Tensor joined(Shape s, java.util.List<Tensor> tensors) {
    return Tensor.result(s, promoteAll(tensors), tensors.toArray(new Tensor[0]));
  }

  /** {@code torch.cat(tensors, dim)}. */
  public static Tensor cat(java.util.List<Tensor> tensors, int dim) {
    Shape s = dev.shapesense.tensor.rules.JoinRules.cat(shapesOf(tensors), dim);
    if (!tensors.isEmpty() && tensors.get(0).hasData()) {
      return CpuOps.cat(tensors, s, Checks.wrapDim(dim, s.rank()), promoteAll(tensors));
    }
    return joined(s, tensors);
  }

  public static Tensor cat(java.util.List<Tensor> tensors) {
    return cat(tensors, 0);
  }

  /** {@code torch.concat}, an alias of {@code cat}. */
  public static Tensor concat(java.util.List<Tensor> tensors, int dim) {
    return cat(tensors, dim);
  }

  /** {@code torch.stack(tensors, dim)}. */
  public static Tensor stack(java.util.List<Tensor> tensors, int dim) {
    Shape s = dev.shapesense.tensor.rules.JoinRules.stack(shapesOf(tensors), dim);
    if (!tensors.isEmpty() && tensors.get(0).hasData()) {
      int d = Checks.wrapDim(dim, s.rank());
      java.util.List<Tensor> parts = new java.util.ArrayList<>();
      for (Tensor t : tensors) {
        parts.add(t.unsqueeze(d));
      }
      return CpuOps.cat(parts, s, d, promoteAll(tensors));
    }
    return joined(s, tensors);
  }

  public static Tensor stack(java.util.List<Tensor> tensors) {
    return stack(tensors, 0);
  }

  public static Tensor hstack(java.util.List<Tensor> tensors) {
    Shape s = dev.shapesense.tensor.rules.JoinRules.hstack(shapesOf(tensors));
    if (tensors.get(0).hasData()) {
      // atleast_1d, then cat along dim 0 (1-d inputs) or 1, as torch.hstack does.
      java.util.List<Tensor> rs = new java.util.ArrayList<>();
      for (Tensor t : tensors) {
        rs.add(t.dim() == 0 ? t.unsqueeze(0) : t);
      }
      return CpuOps.cat(rs, s, rs.get(0).dim() == 1 ? 0 : 1, promoteAll(tensors));
    }
    return joined(s, tensors);
  }

  public static Tensor vstack(java.util.List<Tensor> tensors) {
    Shape s = dev.shapesense.tensor.rules.JoinRules.vstack(shapesOf(tensors));
    if (tensors.get(0).hasData()) {
      // atleast_2d, then cat along dim 0.
      java.util.List<Tensor> rs = new java.util.ArrayList<>();
      for (Tensor t : tensors) {
        rs.add(t.dim() == 0 ? t.unsqueeze(0).unsqueeze(0) : t.dim() == 1 ? t.unsqueeze(0) : t);
      }
      return CpuOps.cat(rs, s, 0, promoteAll(tensors));
    }
    return joined(s, tensors);
  }

  public static Tensor flatten(Tensor input) {
    return input.flatten();
  }

  public static Tensor flatten(Tensor input, int startDim) {
    return input.flatten(startDim);
  }

  public static Tensor flatten(Tensor input, int startDim, int endDim) {
    return input.flatten(startDim, endDim);
  }

  public static Tensor unflatten(Tensor input, int dim, long... sizes) {
    return input.unflatten(dim, sizes);
  }

  public static Tensor reshape(Tensor input, long... shape) {
    return input.reshape(shape);
  }

  public static Tensor reshape(Tensor input, Shape shape) {
    return input.reshape(shape);
  }

  public static Tensor reshape(Tensor input, Dim... shape) {
    return input.reshape(shape);
  }

  public static Tensor transpose(Tensor input, int dim0, int dim1) {
    return input.transpose(dim0, dim1);
  }

  public static Tensor swapaxes(Tensor input, int axis0, int axis1) {
    return input.transpose(axis0, axis1);
  }

  public static Tensor t(Tensor input) {
    return input.t();
  }

  public static Tensor permute(Tensor input, int... dims) {
    return input.permute(dims);
  }

  public static Tensor movedim(Tensor input, int source, int destination) {
    return input.movedim(source, destination);
  }

  public static Tensor movedim(Tensor input, int[] source, int[] destination) {
    return input.movedim(source, destination);
  }

  public static Tensor squeeze(Tensor input) {
    return input.squeeze();
  }

  public static Tensor squeeze(Tensor input, int... dims) {
    return input.squeeze(dims);
  }

  public static Tensor unsqueeze(Tensor input, int dim) {
    return input.unsqueeze(dim);
  }

  public static java.util.List<Tensor> chunk(Tensor input, int chunks) {
    return input.chunk(chunks);
  }

  public static java.util.List<Tensor> chunk(Tensor input, int chunks, int dim) {
    return input.chunk(chunks, dim);
  }

  public static java.util.List<Tensor> split(Tensor input, long splitSize) {
    return input.split(splitSize);
  }

  public static java.util.List<Tensor> split(Tensor input, long splitSize, int dim) {
    return input.split(splitSize, dim);
  }

  public static java.util.List<Tensor> split(Tensor input, long[] splitSizes) {
    return input.split(splitSizes);
  }

  public static java.util.List<Tensor> split(Tensor input, long[] splitSizes, int dim) {
    return input.split(splitSizes, dim);
  }

  public static java.util.List<Tensor> unbind(Tensor input) {
    return input.unbind();
  }

  public static java.util.List<Tensor> unbind(Tensor input, int dim) {
    return input.unbind(dim);
  }

  public static Tensor narrow(Tensor input, int dim, long start, long length) {
    return input.narrow(dim, start, length);
  }

  public static Tensor select(Tensor input, int dim, long index) {
    return input.select(dim, index);
  }

  // Matrix products.

  public static Tensor matmul(Tensor input, Tensor other) {
    return input.matmul(other);
  }

  public static Tensor mm(Tensor input, Tensor mat2) {
    return input.mm(mat2);
  }

  public static Tensor bmm(Tensor input, Tensor mat2) {
    return input.bmm(mat2);
  }

  public static Tensor mv(Tensor input, Tensor vec) {
    return input.mv(vec);
  }

  public static Tensor dot(Tensor input, Tensor other) {
    return input.dot(other);
  }

  public static Tensor outer(Tensor input, Tensor vec2) {
    return input.outer(vec2);
  }

  public static Tensor addmm(Tensor input, Tensor mat1, Tensor mat2) {
    return input.addmm(mat1, mat2);
  }

  public static Tensor baddbmm(Tensor input, Tensor batch1, Tensor batch2) {
    return input.baddbmm(batch1, batch2);
  }

  /** {@code torch.nn.functional.linear} as a static of the tensor package (F.linear calls it). */
  public static Tensor linear(Tensor input, Tensor weight, Tensor bias) {
    return LinalgOps.linear(input, weight, bias);
  }

  /** {@code torch.bilinear}: as {@code F.bilinear}. */
  public static Tensor bilinear(Tensor input1, Tensor input2, Tensor weight, Tensor bias) {
    return LinalgOps.bilinear(input1, input2, weight, bias);
  }

  // Element-wise functions: torch.add(input, other) and friends, as the Tensor methods.

  /** {@code torch.broadcast_shapes}: the shape every operand broadcasts to. */
  public static Shape broadcastShapes(Shape... shapes) {
    Shape out = Shape.of();
    for (Shape s : shapes) {
      out = dev.shapesense.tensor.rules.BroadcastRules.broadcast(out, s);
    }
    return out;
  }

  public static Tensor add(Tensor input, Tensor other) {
    return input.add(other);
  }

  public static Tensor add(Tensor input, Tensor other, long alpha) {
    return input.add(other, alpha);
  }

  public static Tensor add(Tensor input, Tensor other, double alpha) {
    return input.add(other, alpha);
  }

  public static Tensor add(Tensor input, double other) {
    return input.add(other);
  }

  public static Tensor add(Tensor input, long other) {
    return input.add(other);
  }

  public static Tensor sub(Tensor input, Tensor other) {
    return input.sub(other);
  }

  public static Tensor sub(Tensor input, Tensor other, long alpha) {
    return input.sub(other, alpha);
  }

  public static Tensor sub(Tensor input, Tensor other, double alpha) {
    return input.sub(other, alpha);
  }

  public static Tensor sub(Tensor input, double other) {
    return input.sub(other);
  }

  public static Tensor sub(Tensor input, long other) {
    return input.sub(other);
  }

  public static Tensor mul(Tensor input, Tensor other) {
    return input.mul(other);
  }

  public static Tensor mul(Tensor input, double other) {
    return input.mul(other);
  }

  public static Tensor mul(Tensor input, long other) {
    return input.mul(other);
  }

  public static Tensor div(Tensor input, Tensor other) {
    return input.div(other);
  }

  public static Tensor div(Tensor input, double other) {
    return input.div(other);
  }

  public static Tensor div(Tensor input, long other) {
    return input.div(other);
  }

  public static Tensor pow(Tensor input, Tensor exponent) {
    return input.pow(exponent);
  }

  public static Tensor pow(Tensor input, double exponent) {
    return input.pow(exponent);
  }

  public static Tensor pow(Tensor input, long exponent) {
    return input.pow(exponent);
  }

  /** {@code torch.pow(2, t)}: a number to tensor powers. */
  public static Tensor pow(double self, Tensor exponent) {
    return ElementwiseOps.pow(self, exponent);
  }

  public static Tensor pow(long self, Tensor exponent) {
    return ElementwiseOps.pow(self, exponent);
  }

  public static Tensor maximum(Tensor input, Tensor other) {
    return input.maximum(other);
  }

  public static Tensor minimum(Tensor input, Tensor other) {
    return input.minimum(other);
  }

  public static Tensor remainder(Tensor input, Tensor other) {
    return input.remainder(other);
  }

  public static Tensor remainder(Tensor input, double other) {
    return input.remainder(other);
  }

  public static Tensor remainder(Tensor input, long other) {
    return input.remainder(other);
  }

  public static Tensor fmod(Tensor input, Tensor other) {
    return input.fmod(other);
  }

  public static Tensor fmod(Tensor input, double other) {
    return input.fmod(other);
  }

  public static Tensor fmod(Tensor input, long other) {
    return input.fmod(other);
  }

  public static Tensor eq(Tensor input, Tensor other) {
    return input.eq(other);
  }

  public static Tensor eq(Tensor input, double other) {
    return input.eq(other);
  }

  public static Tensor ne(Tensor input, Tensor other) {
    return input.ne(other);
  }

  public static Tensor ne(Tensor input, double other) {
    return input.ne(other);
  }

  public static Tensor lt(Tensor input, Tensor other) {
    return input.lt(other);
  }

  public static Tensor lt(Tensor input, double other) {
    return input.lt(other);
  }

  public static Tensor le(Tensor input, Tensor other) {
    return input.le(other);
  }

  public static Tensor le(Tensor input, double other) {
    return input.le(other);
  }

  public static Tensor gt(Tensor input, Tensor other) {
    return input.gt(other);
  }

  public static Tensor gt(Tensor input, double other) {
    return input.gt(other);
  }

  public static Tensor ge(Tensor input, Tensor other) {
    return input.ge(other);
  }

  public static Tensor ge(Tensor input, double other) {
    return input.ge(other);
  }

  public static Tensor logicalAnd(Tensor input, Tensor other) {
    return input.logicalAnd(other);
  }

  public static Tensor logicalOr(Tensor input, Tensor other) {
    return input.logicalOr(other);
  }

  /** {@code torch.where(condition, x, y)}: shapes broadcast; dtypes promote. */
  public static Tensor where(Tensor condition, Tensor x, Tensor y) {
    return ElementwiseOps.where(condition, x, y);
  }

  public static Tensor where(Tensor condition, Tensor x, double y) {
    return ElementwiseOps.where(condition, x, y);
  }

  public static Tensor where(Tensor condition, double x, Tensor y) {
    return ElementwiseOps.where(condition, x, y);
  }

  public static Tensor where(Tensor condition, double x, double y) {
    return ElementwiseOps.where(condition, x, y);
  }

  public static Tensor maskedFill(Tensor input, Tensor mask, double value) {
    return input.maskedFill(mask, value);
  }

  public static Tensor maskedFill(Tensor input, Tensor mask, Tensor value) {
    return input.maskedFill(mask, value);
  }

  public static Tensor neg(Tensor input) {
    return input.neg();
  }

  public static Tensor abs(Tensor input) {
    return input.abs();
  }

  public static Tensor exp(Tensor input) {
    return input.exp();
  }

  public static Tensor log(Tensor input) {
    return input.log();
  }

  public static Tensor sqrt(Tensor input) {
    return input.sqrt();
  }

  public static Tensor rsqrt(Tensor input) {
    return input.rsqrt();
  }

  public static Tensor sin(Tensor input) {
    return input.sin();
  }

  public static Tensor cos(Tensor input) {
    return input.cos();
  }

  public static Tensor reciprocal(Tensor input) {
    return input.reciprocal();
  }

  public static Tensor floor(Tensor input) {
    return input.floor();
  }

  public static Tensor ceil(Tensor input) {
    return input.ceil();
  }

  public static Tensor round(Tensor input) {
    return input.round();
  }

  public static Tensor sign(Tensor input) {
    return input.sign();
  }

  public static Tensor clamp(Tensor input, Number min, Number max) {
    return input.clamp(min, max);
  }

  public static Tensor clamp(Tensor input, Tensor min, Tensor max) {
    return input.clamp(min, max);
  }

  // Reductions.

  public static Tensor sum(Tensor input) {
    return input.sum();
  }

  public static Tensor sum(Tensor input, int dim) {
    return input.sum(dim);
  }

  public static Tensor sum(Tensor input, int dim, boolean keepdim) {
    return input.sum(dim, keepdim);
  }

  public static Tensor sum(Tensor input, int[] dims) {
    return input.sum(dims);
  }

  public static Tensor sum(Tensor input, int[] dims, boolean keepdim) {
    return input.sum(dims, keepdim);
  }

  public static Tensor sum(Tensor input, int[] dims, boolean keepdim, DType dtype) {
    return input.sum(dims, keepdim, dtype);
  }

  public static Tensor mean(Tensor input) {
    return input.mean();
  }

  public static Tensor mean(Tensor input, int dim) {
    return input.mean(dim);
  }

  public static Tensor mean(Tensor input, int dim, boolean keepdim) {
    return input.mean(dim, keepdim);
  }

  public static Tensor mean(Tensor input, int[] dims) {
    return input.mean(dims);
  }

  public static Tensor mean(Tensor input, int[] dims, boolean keepdim) {
    return input.mean(dims, keepdim);
  }

  public static Tensor mean(Tensor input, int[] dims, boolean keepdim, DType dtype) {
    return input.mean(dims, keepdim, dtype);
  }

  public static Tensor prod(Tensor input) {
    return input.prod();
  }

  public static Tensor prod(Tensor input, int dim) {
    return input.prod(dim);
  }

  public static Tensor prod(Tensor input, int dim, boolean keepdim) {
    return input.prod(dim, keepdim);
  }

  public static Tensor amax(Tensor input, int... dims) {
    return input.amax(dims);
  }

  public static Tensor amax(Tensor input, int[] dims, boolean keepdim) {
    return input.amax(dims, keepdim);
  }

  public static Tensor amin(Tensor input, int... dims) {
    return input.amin(dims);
  }

  public static Tensor amin(Tensor input, int[] dims, boolean keepdim) {
    return input.amin(dims, keepdim);
  }

  public static Tensor max(Tensor input) {
    return input.max();
  }

  public static ValuesIndices max(Tensor input, int dim) {
    return input.max(dim);
  }

  public static ValuesIndices max(Tensor input, int dim, boolean keepdim) {
    return input.max(dim, keepdim);
  }

  public static Tensor max(Tensor input, Tensor other) {
    return input.maximum(other);
  }

  public static Tensor min(Tensor input) {
    return input.min();
  }

  public static ValuesIndices min(Tensor input, int dim) {
    return input.min(dim);
  }

  public static ValuesIndices min(Tensor input, int dim, boolean keepdim) {
    return input.min(dim, keepdim);
  }

  public static Tensor min(Tensor input, Tensor other) {
    return input.minimum(other);
  }

  public static Tensor argmax(Tensor input) {
    return input.argmax();
  }

  public static Tensor argmax(Tensor input, int dim) {
    return input.argmax(dim);
  }

  public static Tensor argmax(Tensor input, Integer dim, boolean keepdim) {
    return input.argmax(dim, keepdim);
  }

  public static Tensor argmin(Tensor input) {
    return input.argmin();
  }

  public static Tensor argmin(Tensor input, int dim) {
    return input.argmin(dim);
  }

  public static Tensor argmin(Tensor input, Integer dim, boolean keepdim) {
    return input.argmin(dim, keepdim);
  }

  public static Tensor std(Tensor input) {
    return input.std();
  }

  public static Tensor std(Tensor input, int dim) {
    return input.std(dim);
  }

  public static Tensor std(Tensor input, int dim, boolean unbiased, boolean keepdim) {
    return input.std(dim, unbiased, keepdim);
  }

  public static Tensor var(Tensor input) {
    return input.var();
  }

  public static Tensor var(Tensor input, int dim) {
    return input.var(dim);
  }

  public static Tensor var(Tensor input, int dim, boolean unbiased, boolean keepdim) {
    return input.var(dim, unbiased, keepdim);
  }

  public static Tensor norm(Tensor input) {
    return input.norm();
  }

  public static Tensor norm(Tensor input, double p) {
    return input.norm(p);
  }

  public static Tensor norm(Tensor input, double p, int dim) {
    return input.norm(p, dim);
  }

  public static Tensor norm(Tensor input, double p, int dim, boolean keepdim) {
    return input.norm(p, dim, keepdim);
  }

  public static Tensor logsumexp(Tensor input, int... dims) {
    return input.logsumexp(dims);
  }

  public static Tensor logsumexp(Tensor input, int[] dims, boolean keepdim) {
    return input.logsumexp(dims, keepdim);
  }

  public static Tensor all(Tensor input) {
    return input.all();
  }

  public static Tensor all(Tensor input, int dim) {
    return input.all(dim);
  }

  public static Tensor any(Tensor input) {
    return input.any();
  }

  public static Tensor any(Tensor input, int dim) {
    return input.any(dim);
  }

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
    return input.hasData() ? droppedOut(input, s, p, train, 1) : Tensor.result(s, input.dtype(), input);
  }

  /** Dropout on CPU: groups of {@code inner} elements zeroed with probability p, others scaled. */
  private static Tensor droppedOut(Tensor input, Shape s, double p, boolean train, int inner) {
    if (!train || p == 0) {
      return input.contiguous();
    }
    double[] x = input.doubles();
    int groups = inner == 0 ? 0 : x.length / inner;
    double[] keep = p >= 1 ? new double[groups] : Generator.bernoulli(groups, 1 - p);
    double scale = p >= 1 ? 0 : 1 / (1 - p);
    double[] v = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      v[i] = x[i] * keep[i / inner] * scale;
    }
    return Tensor.computed(s, input.dtype(), v, input);
  }

  /** {@code torch.feature_dropout(input, p, train)}: needs a channel dim when it drops. */
  public static Tensor featureDropout(Tensor input, double p, boolean train) {
    Shape s =
        dev.shapesense.tensor.rules.DropoutRules.featureDropout(
            input.shape(), input.dtype(), p, train);
    if (input.hasData()) {
      int inner = 1;
      for (int k = 2; k < input.dim(); k++) {
        inner *= (int) input.size(k);
      }
      return droppedOut(input, s, p, train, inner);
    }
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
    if (input.hasData()) {
      return CpuNormKernels.layerNorm(
          input, s, (int) Shape.of(normalizedShape).numel().value(), weight, bias, 1e-5, d);
    }
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
    if (input.hasData()) {
      return CpuNormKernels.groupNorm(input, s, (int) numGroups, weight, bias, 1e-5, d);
    }
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
    if (indices.hasData()) {
      return CpuNormKernels.embedding(indices, weight, s, null, 2);
    }
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
    if (input.hasData()) {
      double[] x = input.doubles();
      double[] w = weight.doubles();
      int c = input.dim() >= 2 ? (int) input.size(1) : 1;
      int inner = 1;
      for (int k = 2; k < input.dim(); k++) {
        inner *= (int) input.size(k);
      }
      double[] v = new double[x.length];
      for (int i = 0; i < v.length; i++) {
        double a = w.length == 1 ? w[0] : w[(i / inner) % c];
        v[i] = x[i] >= 0 ? x[i] : a * x[i];
      }
      return Tensor.computed(s, input.dtype(), v, input, weight);
    }
    return Tensor.result(s, input.dtype(), input, weight);
  }

  /** {@code torch.selu}. */
  public static Tensor selu(Tensor input) {
    DType d = dev.shapesense.tensor.rules.ActivationRules.floatKernel("elu_cpu", input.dtype());
    if (input.hasData()) {
      return ElementwiseOps.map(
          input, d,
          x -> 1.0507009873554804934193349852946
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
    if (input.hasData()) {
      return CpuConv.conv(spatial, input, weight, bias, out, stride, padding, dilation, groups);
    }
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
    if (input.hasData()) {
      long[] left =
          padding.equals("same")
              ? CpuConv.samePadding(weight.shape(), spatial, dilation)
              : new long[] {0};
      return CpuConv.conv(spatial, input, weight, bias, out, stride, left, dilation, groups);
    }
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
    if (input.hasData()) {
      return CpuConv.convTranspose(
          spatial, input, weight, bias, out, stride, padding, dilation, groups);
    }
    return Tensor.result(out, input.dtype(), input, weight, bias);
  }

  // roll, index_select, meshgrid (rules: rules.RollIndexRules).

  /** {@code torch.roll(input, shifts)}: rolls the flattened tensor. */
  public static Tensor roll(Tensor input, long shifts) {
    return input.roll(shifts);
  }

  public static Tensor roll(Tensor input, long shifts, int dim) {
    return input.roll(shifts, dim);
  }

  public static Tensor roll(Tensor input, long[] shifts, int[] dims) {
    return input.roll(shifts, dims);
  }

  public static Tensor roll(Tensor input, int[] shifts, int[] dims) {
    return input.roll(shifts, dims);
  }

  public static Tensor indexSelect(Tensor input, int dim, Tensor index) {
    return input.indexSelect(dim, index);
  }

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
