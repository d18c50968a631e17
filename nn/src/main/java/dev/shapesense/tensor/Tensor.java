package dev.shapesense.tensor;

import dev.shapesense.tensor.rules.BroadcastRules;

import java.util.ArrayList;
import java.util.List;

/**
 * A tensor: shape, dtype and device. Every op checks its inputs with PyTorch's rules and messages
 * (throwing {@link ShapeError}) and computes the result's shape by the op's pure shape rule, the
 * single copy the analyzer also evaluates. Immutable: ops return new tensors. Dims may be symbolic;
 * checks that cannot be decided on them become {@link #assumptions()} of the result.
 */
public class Tensor {
  private final Shape shape;
  private final DType dtype;
  private Device device;
  private final List<String> assumptions;
  /** CPU elements in row-major order: {@link Storage}; null on META. */
  private Storage storage;
  /**
   * The logical strides (PyTorch's {@code x.stride()}) where they are not the contiguous ones:
   * null while contiguous, {@link Layout#UNKNOWN} where not followed. CPU elements are stored in
   * row-major order of the shape whatever the strides: strides only decide which views PyTorch
   * allows ({@link Layout}).
   */
  private Dim[] strides;

  /**
   * A tensor resting on {@code assumptions} (its inputs') and on those of {@code shape} (what the
   * op's rule could not decide), which the tensor keeps instead of its shape.
   */
  protected Tensor(Shape shape, DType dtype, Device device, List<String> assumptions) {
    this.shape = shape.withoutAssumptions();
    this.dtype = dtype;
    this.device = device;
    this.assumptions =
        shape.assumptions().isEmpty() ? assumptions : withAll(assumptions, shape.assumptions());
  }

  private static List<String> withAll(List<String> first, List<String> then) {
    List<String> all = new ArrayList<>(first);
    for (String a : then) {
      if (!all.contains(a)) {
        all.add(a);
      }
    }
    return List.copyOf(all);
  }

  /** A tensor sharing {@code other}'s metadata and (on CPU) its storage, as parameters wrap data. */
  protected Tensor(Tensor other) {
    this(other.shape, other.dtype, other.device, other.assumptions);
    this.storage = other.storage;
    this.strides = other.strides;
  }

  /** Marks a new result (a matrix product's, which is always a fresh tensor) contiguous. */
  Tensor withContiguousLayout() {
    strides = null;
    return this;
  }

  /** The stored strides: null while contiguous, {@link Layout#UNKNOWN} where not followed. */
  Dim[] layout() {
    return strides;
  }

  /** {@code out}, a new result of a view op on this tensor, with the strides {@code st}. */
  private Tensor laid(Tensor out, Dim[] st) {
    if (out != this) {
      out.strides = Layout.normal(out.shape, st);
    }
    return out;
  }

  private Tensor(Shape shape, DType dtype, List<String> assumptions, Storage storage) {
    this(shape, dtype, Device.CPU, assumptions);
    this.storage = storage;
  }

  /** A new tensor with no data dependencies, as factories make; zero-filled on CPU. */
  public static Tensor create(Shape shape, DType dtype, Device device) {
    for (int i = 0; i < shape.rank(); i++) {
      Dim d = shape.get(i);
      if (d.isConst() && d.value() < 0) {
        throw new ShapeError(
            "Trying to create tensor with negative dimension " + d.value() + ": " + shape);
      }
    }
    checkStorageSize(shape, dtype);
    if (device == Device.CPU) {
      return new Tensor(shape, dtype, List.of(), Storage.zeros(dtype, cpuNumel(shape)));
    }
    return new Tensor(shape, dtype, device, List.of());
  }

  /** The number of elements a CPU tensor of {@code shape} holds; CPU sizes must be numbers. */
  static int cpuNumel(Shape shape) {
    Dim n = shape.numel();
    if (!n.isConst()) {
      throw new UnsupportedOperationException(
          "a CPU tensor needs concrete sizes, got " + shape + " (symbolic dims live on META)");
    }
    if (n.value() > Integer.MAX_VALUE - 8) {
      throw new UnsupportedOperationException(
          "a CPU tensor holds at most 2^31 - 9 elements, got " + shape);
    }
    return (int) n.value();
  }

  /**
   * A CPU result whose elements a kernel computed: {@code values} in row-major order for {@code
   * shape} (which the op's shape rule gave), rounded to {@code dtype} (float32 values to float,
   * integral values truncated).
   */
  public static Tensor computed(Shape shape, DType dtype, double[] values, Tensor... inputs) {
    Tensor t = new Tensor(shape, dtype, inheritedAssumptions(inputs), Storage.of(dtype, values, cpuNumel(shape)));
    t.strides = Layout.ofResult(java.util.Arrays.asList(inputs));
    return t;
  }

  /** A CPU int64 (or other integral) result computed exactly as longs. */
  public static Tensor computedLongs(Shape shape, DType dtype, long[] values, Tensor... inputs) {
    Tensor t = new Tensor(shape, dtype, inheritedAssumptions(inputs), Storage.ofLongs(dtype, values, cpuNumel(shape)));
    t.strides = Layout.ofResult(java.util.Arrays.asList(inputs));
    return t;
  }

  private static List<String> inheritedAssumptions(Tensor... inputs) {
    List<String> all = new ArrayList<>();
    for (Tensor t : inputs) {
      if (t == null) {
        continue;
      }
      if (t.device != Device.CPU) {
        throw new UnsupportedOperationException(
            "Expected all tensors to be on the same device, but found at least two devices, cpu"
                + " and " + t.device + "!");
      }
      for (String a : t.assumptions) {
        if (!all.contains(a)) {
          all.add(a);
        }
      }
    }
    return List.copyOf(all);
  }

  /** A CPU tensor sharing this one's elements under another shape of the same size. */
  Tensor sharing(Shape s) {
    return new Tensor(s, dtype, inheritedAssumptions(this), storage);
  }

  /** Whether this tensor holds elements (it lives on CPU). */
  public boolean hasData() {
    return storage != null;
  }

  /**
   * The elements in row-major order as doubles (a copy for int64, the storage itself otherwise:
   * do not modify). Throws on META, which has no data.
   */
  public double[] doubles() {
    return data().doubles();
  }

  /** The elements in row-major order as longs (a copy unless int64). */
  public long[] longs() {
    return data().longs();
  }

  /** The only element, as {@code x.item()}. */
  public double item() {
    Checks.check(
        shape.numel().isConst() && shape.numel().value() == 1,
        () -> "a Tensor with " + shape.numel() + " elements cannot be converted to Scalar");
    return data().get(0);
  }

  /** The element at the given indices (one per dim, none for 0-d). */
  public double get(long... index) {
    Checks.check(index.length == shape.rank(), () -> "expected " + shape.rank() + " indices");
    long flat = 0;
    for (int i = 0; i < index.length; i++) {
      long n = shape.get(i).value();
      long k = index[i] < 0 ? index[i] + n : index[i];
      if (k < 0 || k >= n) {
        throw new ShapeError(
            "IndexError",
            "index " + index[i] + " is out of bounds for dimension " + i + " with size " + n);
      }
      flat = flat * n + k;
    }
    return data().get((int) flat);
  }

  Storage data() {
    if (storage == null) {
      throw new UnsupportedOperationException(
          "Cannot read the elements of a " + device + " tensor: it has no data");
    }
    return storage;
  }

  /**
   * {@code x.copy_(src)}: overwrites this tensor's elements in place with {@code src}'s, broadcast
   * to this shape and converted to this dtype, as loading a state dict or setting weights by hand
   * does. On META only the shapes are checked, as PyTorch's meta device does.
   */
  public Tensor copy_(Tensor src) {
    BroadcastRules.inplace(shape, src.shape);
    if (hasData()) {
      Tensor from = src.shape.equals(shape) ? src : CpuOps.expand(src, shape);
      storage.assign(from.data());
    }
    return this;
  }

  /**
   * PyTorch's {@code computeStorageNbytesContiguous}, which every allocation runs (on META too):
   * the element count times the element size, multiplied as unsigned 64-bit numbers, must fit
   * in a signed 64-bit size. Symbolic sizes are not checked.
   */
  static void checkStorageSize(Shape shape, DType dtype) {
    long size = 1;
    boolean overflowed = false;
    for (int i = 0; i < shape.rank(); i++) {
      Dim d = shape.get(i);
      if (!d.isConst()) {
        return;
      }
      long v = d.value();
      if (!overflowed) {
        long high = Math.multiplyHigh(size, v) + ((size >> 63) & v) + ((v >> 63) & size);
        overflowed = high != 0;
      }
      size *= v;
    }
    long item = dtype.itemSize();
    long high = Math.multiplyHigh(size, item) + ((size >> 63) & item);
    overflowed |= high != 0 || size * item < 0;
    if (overflowed) {
      throw new ShapeError("Storage size calculation overflowed with sizes=" + shape);
    }
  }

  /**
   * The result of an op on {@code inputs}: same device as the first input, carrying the inputs'
   * assumptions and those the rule that computed {@code shape} rests on.
   */
  public static Tensor result(Shape shape, DType dtype, Tensor... inputs) {
    for (Tensor t : inputs) {
      if (t != null) {
        if (t.device == Device.CPU) {
          throw new UnsupportedOperationException(
              CpuOps.opName() + " is not implemented on the CPU device");
        }
        break;
      }
    }
    List<String> all = new ArrayList<>();
    Device device = null;
    for (Tensor t : inputs) {
      if (t == null) {
        continue;
      }
      if (device == null) {
        device = t.device;
      }
      for (String a : t.assumptions) {
        if (!all.contains(a)) {
          all.add(a);
        }
      }
    }
    if (device == null) {
      device = Device.current();
    }
    Tensor r = new Tensor(shape, dtype, device, List.copyOf(all));
    r.strides = Layout.ofResult(java.util.Arrays.asList(inputs));
    return r;
  }

  /** A result of this tensor's dtype. */
  protected Tensor derive(Shape s) {
    return result(s, dtype, this);
  }

  private Tensor expanded(Shape s) {
    return laid(storage != null ? CpuOps.expand(this, s) : derive(s), Layout.expand(shape, strides, s));
  }

  private Tensor repeated(Shape s) {
    return storage != null ? CpuOps.repeat(this, s) : derive(s);
  }

  /** A result of this tensor's dtype whose elements are this tensor's, in the same order. */
  private Tensor reshaped(Shape s) {
    return storage != null ? sharing(s) : result(s, dtype, this);
  }

  // ---------------------------------------------------------------------------------------------
  // Metadata.

  /** The shape (PyTorch's {@code x.shape}). */
  public Shape shape() {
    return shape;
  }

  /** The shape (PyTorch's {@code x.size()}). */
  public Shape size() {
    return shape;
  }

  /** The size of dim {@code d} (negative counts from the end); throws when it is symbolic. */
  public long size(int d) {
    if (shape.rank() == 0) {
      throw new ShapeError(
          "IndexError", "Dimension specified as " + d + " but tensor has no dimensions");
    }
    return shape.get(Checks.wrapDim(d, shape.rank())).value();
  }

  /** Number of dims. */
  public int dim() {
    return shape.rank();
  }

  /** Number of dims (PyTorch's {@code ndim}). */
  public int ndim() {
    return shape.rank();
  }

  /** Number of elements; throws when symbolic. */
  public long numel() {
    return shape.numel().value();
  }

  public DType dtype() {
    return dtype;
  }

  public Device device() {
    return device;
  }

  public boolean isMeta() {
    return device == Device.META;
  }

  /** The conditions on symbolic dims this tensor's shape rests on, as readable text. */
  public List<String> assumptions() {
    return assumptions;
  }

  /** Moves this tensor in place; only parameters move in place (as {@code module.to} does). */
  protected void moveTo(Device device) {
    if (device == Device.CPU && storage == null) {
      throw new UnsupportedOperationException("Cannot copy out of meta tensor; no data!");
    }
    if (device != Device.CPU) {
      storage = null;
    }
    this.device = device;
  }

  /** A copy on {@code device}; a META tensor has no data to copy to CPU (PyTorch's error). */
  public Tensor to(Device device) {
    if (device == Device.CPU) {
      if (this.device == Device.CPU) {
        return this;
      }
      throw new UnsupportedOperationException("Cannot copy out of meta tensor; no data!");
    }
    return new Tensor(shape, dtype, device, assumptions);
  }

  /** A copy with elements converted to {@code dtype}. */
  public Tensor to(DType dtype) {
    if (storage != null) {
      return dtype == DType.INT64 || this.dtype == DType.INT64
          ? computedLongs(shape, dtype, storage.longs(), this)
          : computed(shape, dtype, storage.doubles().clone(), this);
    }
    return new Tensor(shape, dtype, device, assumptions);
  }

  private static List<Dim> dimList(long... sizes) {
    List<Dim> out = new ArrayList<>();
    for (long s : sizes) {
      out.add(Dim.of(s));
    }
    return out;
  }

  private List<Tensor> pieces(List<Shape> shapes, int dim) {
    int d = Checks.wrapDim(dim, shape.rank());
    Dim[] st = Layout.slice(shape, strides, d, 1);
    List<Tensor> out = new ArrayList<>();
    if (storage != null) {
      for (Tensor t : CpuOps.pieces(this, shapes, d)) {
        out.add(laid(t, st));
      }
      return out;
    }
    // Every piece carries the assumptions the split recorded, not only the first.
    for (Shape s : shapes) {
      out.add(laid(out.isEmpty() ? derive(s) : result(s, dtype, out.get(0)), st));
    }
    return out;
  }

  /**
   * A view of this tensor as {@code s} ({@code view}, {@code unflatten}: {@code mustView}) or the
   * same elements as {@code s}, viewed where the strides allow and copied where not ({@code
   * reshape}, {@code flatten}); PyTorch's error when a view the strides cannot express is asked.
   */
  private Tensor viewed(Shape s, boolean mustView) {
    Dim[] st = Layout.view(shape, strides, s);
    if (st == Layout.UNKNOWN && mustView && Layout.knownStrided(strides)) {
      // Undecided on symbols: when no size above 1 fits, the view needs one of them to be 1
      // (a transposed [N, T, 8, 16] viewed as [N * T, 128] works only for T == 1).
      java.util.Set<Dim> ones = new java.util.LinkedHashSet<>();
      if (Layout.view(shape, strides, s, ones) == null && !ones.isEmpty()) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        ones.forEach(d -> parts.add(d + " == 1"));
        s = s.assuming(List.of(String.join(" or ", parts)));
      }
    }
    if (st == null) {
      if (mustView) {
        throw new ShapeError(Layout.VIEW_INCOMPATIBLE);
      }
      return laid(reshaped(s), null);
    }
    return laid(reshaped(s), st);
  }

  /** {@code x.view(*shape)}: same elements under a new shape; one size may be -1 (inferred). */
  public Tensor view(long... shape) {
    return viewed(dev.shapesense.tensor.rules.ViewRules.view(this.shape, dimList(shape)), true);
  }

  public Tensor view(Shape shape) {
    return viewed(dev.shapesense.tensor.rules.ViewRules.view(this.shape, shape.dims()), true);
  }

  /** As {@link #view(long...)} with symbolic sizes; {@code Dim.of(-1)} is inferred. */
  public Tensor view(Dim... shape) {
    return viewed(dev.shapesense.tensor.rules.ViewRules.view(this.shape, List.of(shape)), true);
  }

  public Tensor viewAs(Tensor other) {
    return view(other.shape);
  }

  public Tensor reshape(long... shape) {
    return viewed(dev.shapesense.tensor.rules.ViewRules.reshape(this.shape, dimList(shape)), false);
  }

  public Tensor reshape(Shape shape) {
    return viewed(dev.shapesense.tensor.rules.ViewRules.reshape(this.shape, shape.dims()), false);
  }

  public Tensor reshape(Dim... shape) {
    return viewed(dev.shapesense.tensor.rules.ViewRules.reshape(this.shape, List.of(shape)), false);
  }

  public Tensor reshapeAs(Tensor other) {
    return reshape(other.shape);
  }

  public Tensor contiguous() {
    return laid(reshaped(shape), null);
  }

  /** {@code x.flatten()}: all dims folded into one. */
  public Tensor flatten() {
    return flatten(0, -1);
  }

  public Tensor flatten(int startDim) {
    return flatten(startDim, -1);
  }

  public Tensor flatten(int startDim, int endDim) {
    return viewed(dev.shapesense.tensor.rules.ViewRules.flatten(shape, startDim, endDim), false);
  }

  /** {@code x.unflatten(dim, sizes)}: dim {@code dim} split into {@code sizes} (one may be -1). */
  public Tensor unflatten(int dim, long... sizes) {
    return viewed(dev.shapesense.tensor.rules.ViewRules.unflatten(shape, dim, dimList(sizes)), true);
  }

  public Tensor unflatten(int dim, Shape sizes) {
    return viewed(dev.shapesense.tensor.rules.ViewRules.unflatten(shape, dim, sizes.dims()), true);
  }

  public Tensor unflatten(int dim, Dim... sizes) {
    return viewed(dev.shapesense.tensor.rules.ViewRules.unflatten(shape, dim, List.of(sizes)), true);
  }

  /** {@code x.expand(*sizes)}: size-1 dims broadcast; -1 keeps a dim; new dims lead. */
  public Tensor expand(long... sizes) {
    return expanded(dev.shapesense.tensor.rules.ViewRules.expand(shape, dimList(sizes), dtype));
  }

  public Tensor expand(Shape sizes) {
    return expanded(dev.shapesense.tensor.rules.ViewRules.expand(shape, sizes.dims(), dtype));
  }

  public Tensor expand(Dim... sizes) {
    return expanded(dev.shapesense.tensor.rules.ViewRules.expand(shape, List.of(sizes), dtype));
  }

  public Tensor expandAs(Tensor other) {
    return expand(other.shape);
  }

  /** {@code x.repeat()} without counts: PyTorch's TypeError. */
  public Tensor repeat() {
    throw new ShapeError(
        "TypeError", "repeat() missing 1 required positional arguments: \"repeats\"");
  }

  /** {@code x.repeat(*repeats)}: the tensor tiled {@code repeats[i]} times along dim i. */
  public Tensor repeat(long... repeats) {
    return repeated(dev.shapesense.tensor.rules.ViewRules.repeat(shape, dimList(repeats)));
  }

  public Tensor repeat(Dim... repeats) {
    return repeated(dev.shapesense.tensor.rules.ViewRules.repeat(shape, List.of(repeats)));
  }

  public Tensor permute(int... dims) {
    long[] d = new long[dims.length];
    for (int i = 0; i < dims.length; i++) {
      d[i] = dims[i];
    }
    Shape s = dev.shapesense.tensor.rules.TransposeRules.permute(shape, d);
    int[] perm = new int[dims.length];
    for (int i = 0; i < dims.length; i++) {
      perm[i] = Checks.wrapDim(dims[i], shape.rank());
    }
    Dim[] st = Layout.permute(shape, strides, perm);
    return laid(storage == null ? derive(s) : CpuOps.permute(this, s, perm), st);
  }

  public Tensor transpose(int dim0, int dim1) {
    Shape s = dev.shapesense.tensor.rules.TransposeRules.transpose(shape, dim0, dim1);
    int r = shape.rank();
    if (r == 0) {
      return storage == null ? derive(s) : sharing(s);
    }
    int[] perm = CpuOps.transposition(r, Checks.wrapDim(dim0, r), Checks.wrapDim(dim1, r));
    Dim[] st = Layout.permute(shape, strides, perm);
    return laid(storage == null ? derive(s) : CpuOps.permute(this, s, perm), st);
  }

  public Tensor swapaxes(int axis0, int axis1) {
    return transpose(axis0, axis1);
  }

  public Tensor swapdims(int dim0, int dim1) {
    return transpose(dim0, dim1);
  }

  /** {@code x.t()}: transpose of a tensor of at most 2 dims. */
  public Tensor t() {
    Shape s = dev.shapesense.tensor.rules.TransposeRules.t(shape);
    if (shape.rank() < 2) {
      return laid(storage == null ? derive(s) : sharing(s), strides);
    }
    Dim[] st = Layout.permute(shape, strides, new int[] {1, 0});
    return laid(storage == null ? derive(s) : CpuOps.permute(this, s, new int[] {1, 0}), st);
  }

  public Tensor movedim(int source, int destination) {
    return movedim(new int[] {source}, new int[] {destination});
  }

  public Tensor movedim(int[] source, int[] destination) {
    Shape s =
        dev.shapesense.tensor.rules.TransposeRules.movedim(
            shape,
            java.util.Arrays.stream(source).asLongStream().toArray(),
            java.util.Arrays.stream(destination).asLongStream().toArray());
    int r = shape.rank();
    int[] perm = new int[r];
    java.util.Arrays.fill(perm, -1);
    boolean[] moved = new boolean[r];
    for (int i = 0; i < source.length; i++) {
      int src = Checks.wrapDim(source[i], r);
      perm[Checks.wrapDim(destination[i], r)] = src;
      moved[src] = true;
    }
    for (int i = 0, next = 0; i < r; i++) {
      if (perm[i] < 0) {
        while (moved[next]) {
          next++;
        }
        perm[i] = next++;
      }
    }
    Dim[] st = Layout.permute(shape, strides, perm);
    return laid(storage == null ? derive(s) : CpuOps.permute(this, s, perm), st);
  }

  public Tensor moveaxis(int source, int destination) {
    return movedim(source, destination);
  }

  public Tensor moveaxis(int[] source, int[] destination) {
    return movedim(source, destination);
  }

  /** {@code x.squeeze()}: every size-1 dim removed. */
  public Tensor squeeze() {
    return viewed(dev.shapesense.tensor.rules.TransposeRules.squeeze(shape), false);
  }

  /** {@code x.squeeze(dim)} (several dims as in later PyTorch): those of size 1 removed. */
  public Tensor squeeze(int... dims) {
    return viewed(
        dev.shapesense.tensor.rules.TransposeRules.squeeze(
            shape, java.util.Arrays.stream(dims).asLongStream().toArray()),
        false);
  }

  public Tensor unsqueeze(int dim) {
    return viewed(dev.shapesense.tensor.rules.TransposeRules.unsqueeze(shape, dim), false);
  }

  /** {@code x.chunk(chunks)} along dim 0. */
  public List<Tensor> chunk(int chunks) {
    return chunk(chunks, 0);
  }

  public List<Tensor> chunk(int chunks, int dim) {
    return pieces(dev.shapesense.tensor.rules.SplitRules.chunk(shape, chunks, dim), dim);
  }

  /** {@code x.split(splitSize)} along dim 0. */
  public List<Tensor> split(long splitSize) {
    return split(splitSize, 0);
  }

  public List<Tensor> split(long splitSize, int dim) {
    return pieces(dev.shapesense.tensor.rules.SplitRules.split(shape, splitSize, dim), dim);
  }

  /** {@code x.split([sizes])} along dim 0. */
  public List<Tensor> split(long[] splitSizes) {
    return split(splitSizes, 0);
  }

  public List<Tensor> split(long[] splitSizes, int dim) {
    return splitWithSizes(splitSizes, dim);
  }

  public List<Tensor> splitWithSizes(long[] splitSizes) {
    return splitWithSizes(splitSizes, 0);
  }

  public List<Tensor> splitWithSizes(long[] splitSizes, int dim) {
    return pieces(
        dev.shapesense.tensor.rules.SplitRules.splitWithSizes(shape, dimList(splitSizes), dim), dim);
  }

  public List<Tensor> split(Dim[] splitSizes, int dim) {
    return pieces(
        dev.shapesense.tensor.rules.SplitRules.splitWithSizes(shape, List.of(splitSizes), dim), dim);
  }

  /** {@code x.unbind()}: the slices along dim 0. */
  public List<Tensor> unbind() {
    return unbind(0);
  }

  public List<Tensor> unbind(int dim) {
    List<Shape> shapes = dev.shapesense.tensor.rules.SplitRules.unbind(shape, dim);
    int d = Checks.wrapDim(dim, shape.rank());
    Dim[] st = Layout.select(shape, strides, d);
    List<Tensor> out = new ArrayList<>();
    for (int i = 0; i < shapes.size(); i++) {
      Shape s = shapes.get(i);
      Tensor piece =
          storage != null
              ? CpuOps.along(this, s, d, i, 1, true)
              : out.isEmpty() ? derive(s) : result(s, dtype, out.get(0));
      out.add(laid(piece, st));
    }
    return out;
  }

  /** {@code x.narrow(dim, start, length)}. */
  public Tensor narrow(int dim, long start, long length) {
    return narrow(dim, Dim.of(start), Dim.of(length));
  }

  public Tensor narrow(int dim, Dim start, Dim length) {
    Shape s = dev.shapesense.tensor.rules.IndexRules.narrow(shape, dim, start, length);
    int d = Checks.wrapDim(dim, shape.rank());
    Dim[] strided = Layout.slice(shape, strides, d, 1);
    if (storage == null) {
      return laid(derive(s), strided);
    }
    long st = start.value();
    return laid(CpuOps.along(this, s, d, st < 0 ? st + shape.get(d).value() : st, 1, false), strided);
  }

  /** {@code x.select(dim, index)}: {@code x[:, index]} for dim 1; the dim is removed. */
  public Tensor select(int dim, long index) {
    return select(dim, Dim.of(index));
  }

  public Tensor select(int dim, Dim index) {
    Shape s = dev.shapesense.tensor.rules.IndexRules.select(shape, dim, index);
    int d = Checks.wrapDim(dim, shape.rank());
    Dim[] st = Layout.select(shape, strides, d);
    if (storage == null) {
      return laid(derive(s), st);
    }
    long i = index.value();
    return laid(CpuOps.along(this, s, d, i < 0 ? i + shape.get(d).value() : i, 1, true), st);
  }

  /** {@code x[..., start:]} along {@code dim}. */
  public Tensor slice(int dim, long start) {
    return slice(dim, Dim.of(start), null, 1);
  }

  /** {@code x[..., start:end]} along {@code dim}, with Python's negative and clamped bounds. */
  public Tensor slice(int dim, long start, long end) {
    return slice(dim, Dim.of(start), Dim.of(end), 1);
  }

  public Tensor slice(int dim, long start, long end, long step) {
    return slice(dim, Dim.of(start), Dim.of(end), step);
  }

  public Tensor slice(int dim, long start, Dim end) {
    return slice(dim, Dim.of(start), end, 1);
  }

  public Tensor slice(int dim, long start, Dim end, long step) {
    return slice(dim, Dim.of(start), end, step);
  }

  public Tensor slice(int dim, Dim start, Dim end) {
    return slice(dim, start, end, 1);
  }

  /** {@code x[..., start:end:step]}; a null bound is open. */
  public Tensor slice(int dim, Dim start, Dim end, long step) {
    Shape s = dev.shapesense.tensor.rules.IndexRules.slice(shape, dim, start, end, step);
    int d = Checks.wrapDim(dim, shape.rank());
    Dim[] strided = Layout.slice(shape, strides, d, step);
    if (storage == null) {
      return laid(derive(s), strided);
    }
    long n = shape.get(d).value();
    long st = start == null ? 0 : start.value();
    st = Math.max(0, Math.min(n, st < 0 ? st + n : st));
    return laid(CpuOps.along(this, s, d, st, step, false), strided);
  }

  /** {@code x[i0, i1, ...]} with basic indices: see {@link Index}. */
  public Tensor index(Index... indices) {
    Shape s = dev.shapesense.tensor.rules.IndexRules.index(shape, List.of(indices));
    if (storage == null) {
      // Basic indexing gives a view whose strides are not followed here: no view of it is refused.
      return laid(derive(s), Layout.UNKNOWN);
    }
    // The rule accepted the indices: apply them one by one, as basic indexing composes.
    int consumed = 0;
    for (Index i : indices) {
      if (i instanceof Index.At || i instanceof Index.Range) {
        consumed++;
      }
    }
    Tensor t = this;
    int d = 0;
    for (Index i : indices) {
      if (i instanceof Index.At at) {
        t = t.select(d, at.index());
      } else if (i instanceof Index.Range r) {
        t = t.slice(d, r.start(), r.end(), r.step());
        d++;
      } else if (i instanceof Index.NewAxis) {
        t = t.unsqueeze(d);
        d++;
      } else {
        d += shape.rank() - consumed;
      }
    }
    return laid(t.reshape(s), Layout.UNKNOWN);
  }

  // Matrix products (rules: rules.LinalgRules).

  /** {@code torch.matmul}: 1-D, 2-D and batched products with broadcast batch dims. */
  public Tensor matmul(Tensor other) {
    return LinalgOps.matmul(this, other);
  }

  /** {@code [n, k] x [k, m] -> [n, m]}. */
  public Tensor mm(Tensor mat2) {
    return LinalgOps.mm(this, mat2);
  }

  /** {@code [b, n, k] x [b, k, m] -> [b, n, m]}. */
  public Tensor bmm(Tensor mat2) {
    return LinalgOps.bmm(this, mat2);
  }

  /** {@code [n, m] x [m] -> [n]}. */
  public Tensor mv(Tensor vec) {
    return LinalgOps.mv(this, vec);
  }

  /** {@code [n] x [n] -> []}. */
  public Tensor dot(Tensor other) {
    return LinalgOps.dot(this, other);
  }

  /** {@code [n] x [m] -> [n, m]}. */
  public Tensor outer(Tensor vec2) {
    return LinalgOps.outer(this, vec2);
  }

  /** {@code self + mat1 @ mat2}, {@code self} expanded to the product's shape. */
  public Tensor addmm(Tensor mat1, Tensor mat2) {
    return LinalgOps.addmm(this, mat1, mat2);
  }

  /** {@code self + batch1 @ batch2} per batch, {@code self} expanded to the product's shape. */
  public Tensor baddbmm(Tensor batch1, Tensor batch2) {
    return LinalgOps.baddbmm(this, batch1, batch2);
  }

  // Element-wise binary ops (rules: rules.BroadcastRules, rules.ElementwiseRules). A double
  // operand acts as a Python float, a long as a Python int.

  public Tensor add(Tensor other) {
    return ElementwiseOps.add(this, other, null);
  }

  /** {@code self + alpha * other}. */
  public Tensor add(Tensor other, long alpha) {
    return ElementwiseOps.add(this, other, alpha);
  }

  /** {@code self + alpha * other}; a float alpha needs a floating result. */
  public Tensor add(Tensor other, double alpha) {
    return ElementwiseOps.add(this, other, alpha);
  }

  public Tensor add(double other) {
    return ElementwiseOps.add(this, other, null);
  }

  public Tensor add(long other) {
    return ElementwiseOps.add(this, other, null);
  }

  public Tensor sub(Tensor other) {
    return ElementwiseOps.sub(this, other, null);
  }

  /** {@code self - alpha * other}. */
  public Tensor sub(Tensor other, long alpha) {
    return ElementwiseOps.sub(this, other, alpha);
  }

  /** {@code self - alpha * other}; a float alpha needs a floating result. */
  public Tensor sub(Tensor other, double alpha) {
    return ElementwiseOps.sub(this, other, alpha);
  }

  public Tensor sub(double other) {
    return ElementwiseOps.sub(this, other, null);
  }

  public Tensor sub(long other) {
    return ElementwiseOps.sub(this, other, null);
  }

  public Tensor mul(Tensor other) {
    return ElementwiseOps.apply(ElementwiseOps.Kind.ARITH, ElementwiseOps.Bin.MUL, this, other);
  }

  public Tensor mul(double other) {
    return ElementwiseOps.apply(ElementwiseOps.Kind.ARITH, ElementwiseOps.Bin.MUL, this, other);
  }

  public Tensor mul(long other) {
    return ElementwiseOps.apply(ElementwiseOps.Kind.ARITH, ElementwiseOps.Bin.MUL, this, other);
  }

  /** True division: integral results become float32. */
  public Tensor div(Tensor other) {
    return ElementwiseOps.apply(ElementwiseOps.Kind.TRUE_DIV, ElementwiseOps.Bin.DIV, this, other);
  }

  public Tensor div(double other) {
    return ElementwiseOps.apply(ElementwiseOps.Kind.TRUE_DIV, ElementwiseOps.Bin.DIV, this, other);
  }

  public Tensor div(long other) {
    return ElementwiseOps.apply(ElementwiseOps.Kind.TRUE_DIV, ElementwiseOps.Bin.DIV, this, other);
  }

  public Tensor pow(Tensor exponent) {
    return ElementwiseOps.pow(this, exponent);
  }

  public Tensor pow(double exponent) {
    return ElementwiseOps.pow(this, exponent);
  }

  /** An integral tensor to a negative integer power is refused, as PyTorch does. */
  public Tensor pow(long exponent) {
    return ElementwiseOps.pow(this, exponent);
  }

  public Tensor maximum(Tensor other) {
    return ElementwiseOps.apply(ElementwiseOps.Kind.ARITH, ElementwiseOps.Bin.MAXIMUM, this, other);
  }

  public Tensor minimum(Tensor other) {
    return ElementwiseOps.apply(ElementwiseOps.Kind.ARITH, ElementwiseOps.Bin.MINIMUM, this, other);
  }

  public Tensor remainder(Tensor other) {
    return ElementwiseOps.remainder(this, other);
  }

  public Tensor remainder(double other) {
    return ElementwiseOps.remainder(this, other);
  }

  public Tensor remainder(long other) {
    return ElementwiseOps.remainder(this, other);
  }

  public Tensor fmod(Tensor other) {
    return ElementwiseOps.apply(ElementwiseOps.Kind.ARITH, ElementwiseOps.Bin.FMOD, this, other);
  }

  public Tensor fmod(double other) {
    return ElementwiseOps.apply(ElementwiseOps.Kind.ARITH, ElementwiseOps.Bin.FMOD, this, other);
  }

  public Tensor fmod(long other) {
    return ElementwiseOps.apply(ElementwiseOps.Kind.ARITH, ElementwiseOps.Bin.FMOD, this, other);
  }

  // Comparisons and logical ops: bool results.

  public Tensor eq(Tensor other) {
    return ElementwiseOps.apply(ElementwiseOps.Kind.BOOL, ElementwiseOps.Bin.EQ, this, other);
  }

  public Tensor eq(double other) {
    return ElementwiseOps.apply(ElementwiseOps.Kind.BOOL, ElementwiseOps.Bin.EQ, this, other);
  }

  public Tensor eq(long other) {
    return ElementwiseOps.apply(ElementwiseOps.Kind.BOOL, ElementwiseOps.Bin.EQ, this, other);
  }

  public Tensor ne(Tensor other) {
    return ElementwiseOps.apply(ElementwiseOps.Kind.BOOL, ElementwiseOps.Bin.NE, this, other);
  }

  public Tensor ne(double other) {
    return ElementwiseOps.apply(ElementwiseOps.Kind.BOOL, ElementwiseOps.Bin.NE, this, other);
  }

  public Tensor ne(long other) {
    return ElementwiseOps.apply(ElementwiseOps.Kind.BOOL, ElementwiseOps.Bin.NE, this, other);
  }

  public Tensor lt(Tensor other) {
    return ElementwiseOps.apply(ElementwiseOps.Kind.BOOL, ElementwiseOps.Bin.LT, this, other);
  }

  public Tensor lt(double other) {
    return ElementwiseOps.apply(ElementwiseOps.Kind.BOOL, ElementwiseOps.Bin.LT, this, other);
  }

  public Tensor lt(long other) {
    return ElementwiseOps.apply(ElementwiseOps.Kind.BOOL, ElementwiseOps.Bin.LT, this, other);
  }

  public Tensor le(Tensor other) {
    return ElementwiseOps.apply(ElementwiseOps.Kind.BOOL, ElementwiseOps.Bin.LE, this, other);
  }

  public Tensor le(double other) {
    return ElementwiseOps.apply(ElementwiseOps.Kind.BOOL, ElementwiseOps.Bin.LE, this, other);
  }

  public Tensor le(long other) {
    return ElementwiseOps.apply(ElementwiseOps.Kind.BOOL, ElementwiseOps.Bin.LE, this, other);
  }

  public Tensor gt(Tensor other) {
    return ElementwiseOps.apply(ElementwiseOps.Kind.BOOL, ElementwiseOps.Bin.GT, this, other);
  }

  public Tensor gt(double other) {
    return ElementwiseOps.apply(ElementwiseOps.Kind.BOOL, ElementwiseOps.Bin.GT, this, other);
  }

  public Tensor gt(long other) {
    return ElementwiseOps.apply(ElementwiseOps.Kind.BOOL, ElementwiseOps.Bin.GT, this, other);
  }

  public Tensor ge(Tensor other) {
    return ElementwiseOps.apply(ElementwiseOps.Kind.BOOL, ElementwiseOps.Bin.GE, this, other);
  }

  public Tensor ge(double other) {
    return ElementwiseOps.apply(ElementwiseOps.Kind.BOOL, ElementwiseOps.Bin.GE, this, other);
  }

  public Tensor ge(long other) {
    return ElementwiseOps.apply(ElementwiseOps.Kind.BOOL, ElementwiseOps.Bin.GE, this, other);
  }

  public Tensor logicalAnd(Tensor other) {
    return ElementwiseOps.apply(ElementwiseOps.Kind.BOOL, ElementwiseOps.Bin.AND, this, other);
  }

  public Tensor logicalOr(Tensor other) {
    return ElementwiseOps.apply(ElementwiseOps.Kind.BOOL, ElementwiseOps.Bin.OR, this, other);
  }

  /** {@code torch.where(condition, self, other)} ({@code Tensor.where}). */
  public Tensor where(Tensor condition, Tensor other) {
    return ElementwiseOps.where(condition, this, other);
  }

  public Tensor where(Tensor condition, double other) {
    return ElementwiseOps.where(condition, this, other);
  }

  /** Copies {@code value} where {@code mask} holds; the mask broadcasts with this tensor. */
  public Tensor maskedFill(Tensor mask, double value) {
    return ElementwiseOps.maskedFill(this, mask, value);
  }

  public Tensor maskedFill(Tensor mask, long value) {
    return ElementwiseOps.maskedFill(this, mask, value);
  }

  /** A 0-d {@code value} tensor. */
  public Tensor maskedFill(Tensor mask, Tensor value) {
    return ElementwiseOps.maskedFill(this, mask, value);
  }

  // Element-wise unary ops: same shape; floating ops turn integral inputs into float32.

  public Tensor neg() {
    return ElementwiseOps.neg(this);
  }

  public Tensor abs() {
    return ElementwiseOps.abs(this);
  }

  public Tensor exp() {
    return ElementwiseOps.floating(this, Math::exp);
  }

  public Tensor log() {
    return ElementwiseOps.floating(this, Math::log);
  }

  public Tensor sqrt() {
    return ElementwiseOps.floating(this, Math::sqrt);
  }

  public Tensor rsqrt() {
    return ElementwiseOps.floating(this, v -> 1 / Math.sqrt(v));
  }

  public Tensor sin() {
    return ElementwiseOps.floating(this, Math::sin);
  }

  public Tensor cos() {
    return ElementwiseOps.floating(this, Math::cos);
  }

  public Tensor reciprocal() {
    return ElementwiseOps.floating(this, v -> 1 / v);
  }

  public Tensor floor() {
    return ElementwiseOps.rounding("floor_vml_cpu", this, Math::floor);
  }

  public Tensor ceil() {
    return ElementwiseOps.rounding("ceil_vml_cpu", this, Math::ceil);
  }

  public Tensor round() {
    return ElementwiseOps.rounding("round_vml_cpu", this, Math::rint);
  }

  public Tensor sign() {
    return ElementwiseOps.same(this, Math::signum);
  }

  /** {@code clamp(min, max)}; either bound may be null (not both). */
  public Tensor clamp(Number min, Number max) {
    return ElementwiseOps.clamp(this, min, max);
  }

  public Tensor clamp(double min) {
    return ElementwiseOps.clamp(this, min, null);
  }

  public Tensor clamp(long min) {
    return ElementwiseOps.clamp(this, min, null);
  }

  /** {@code clamp} with tensor bounds, which broadcast with this tensor. */
  public Tensor clamp(Tensor min, Tensor max) {
    return ElementwiseOps.clamp(this, min, max);
  }

  public Tensor clampMin(double min) {
    return ElementwiseOps.clamp(this, min, null);
  }

  public Tensor clampMax(double max) {
    return ElementwiseOps.clamp(this, null, max);
  }

  // Reductions (rules: rules.ReductionRules). A null or empty dims array reduces every dim.

  public Tensor sum() {
    return ReductionOps.sum(this, null, false, null);
  }

  public Tensor sum(DType dtype) {
    return ReductionOps.sum(this, null, false, dtype);
  }

  public Tensor sum(int dim) {
    return ReductionOps.sum(this, new int[] {dim}, false, null);
  }

  public Tensor sum(int dim, boolean keepdim) {
    return ReductionOps.sum(this, new int[] {dim}, keepdim, null);
  }

  public Tensor sum(int... dims) {
    return ReductionOps.sum(this, dims, false, null);
  }

  public Tensor sum(int[] dims, boolean keepdim) {
    return ReductionOps.sum(this, dims, keepdim, null);
  }

  public Tensor sum(int[] dims, boolean keepdim, DType dtype) {
    return ReductionOps.sum(this, dims, keepdim, dtype);
  }

  /** Mean; integral inputs need a floating {@code dtype}, as in PyTorch. */
  public Tensor mean() {
    return ReductionOps.mean(this, null, false, null);
  }

  public Tensor mean(DType dtype) {
    return ReductionOps.mean(this, null, false, dtype);
  }

  public Tensor mean(int dim) {
    return ReductionOps.mean(this, new int[] {dim}, false, null);
  }

  public Tensor mean(int dim, boolean keepdim) {
    return ReductionOps.mean(this, new int[] {dim}, keepdim, null);
  }

  public Tensor mean(int... dims) {
    return ReductionOps.mean(this, dims, false, null);
  }

  public Tensor mean(int[] dims, boolean keepdim) {
    return ReductionOps.mean(this, dims, keepdim, null);
  }

  public Tensor mean(int[] dims, boolean keepdim, DType dtype) {
    return ReductionOps.mean(this, dims, keepdim, dtype);
  }

  public Tensor prod() {
    return ReductionOps.prod(this, null, false, null);
  }

  public Tensor prod(int dim) {
    return ReductionOps.prod(this, dim, false, null);
  }

  public Tensor prod(int dim, boolean keepdim) {
    return ReductionOps.prod(this, dim, keepdim, null);
  }

  public Tensor prod(int dim, boolean keepdim, DType dtype) {
    return ReductionOps.prod(this, dim, keepdim, dtype);
  }

  public Tensor amax(int... dims) {
    return ReductionOps.extreme("amax", this, dims, false);
  }

  public Tensor amax(int[] dims, boolean keepdim) {
    return ReductionOps.extreme("amax", this, dims, keepdim);
  }

  public Tensor amin(int... dims) {
    return ReductionOps.extreme("amin", this, dims, false);
  }

  public Tensor amin(int[] dims, boolean keepdim) {
    return ReductionOps.extreme("amin", this, dims, keepdim);
  }

  /** The largest element: a 0-d tensor. */
  public Tensor max() {
    return ReductionOps.extremeAll("max", this);
  }

  /** {@code max(dim)}: values and int64 indices. */
  public ValuesIndices max(int dim) {
    return ReductionOps.extremeDim("max", this, dim, false);
  }

  public ValuesIndices max(int dim, boolean keepdim) {
    return ReductionOps.extremeDim("max", this, dim, keepdim);
  }

  /** {@code max(other)}: {@link #maximum}. */
  public Tensor max(Tensor other) {
    return maximum(other);
  }

  public Tensor min() {
    return ReductionOps.extremeAll("min", this);
  }

  public ValuesIndices min(int dim) {
    return ReductionOps.extremeDim("min", this, dim, false);
  }

  public ValuesIndices min(int dim, boolean keepdim) {
    return ReductionOps.extremeDim("min", this, dim, keepdim);
  }

  public Tensor min(Tensor other) {
    return minimum(other);
  }

  /** Index of the largest element of the flattened tensor: int64, 0-d. */
  public Tensor argmax() {
    return ReductionOps.arg("argmax", this, null, false);
  }

  public Tensor argmax(int dim) {
    return ReductionOps.arg("argmax", this, dim, false);
  }

  /** A null {@code dim} flattens first. */
  public Tensor argmax(Integer dim, boolean keepdim) {
    return ReductionOps.arg("argmax", this, dim, keepdim);
  }

  public Tensor argmin() {
    return ReductionOps.arg("argmin", this, null, false);
  }

  public Tensor argmin(int dim) {
    return ReductionOps.arg("argmin", this, dim, false);
  }

  public Tensor argmin(Integer dim, boolean keepdim) {
    return ReductionOps.arg("argmin", this, dim, keepdim);
  }

  public Tensor std() {
    return ReductionOps.variance(this, null, false, true, true);
  }

  public Tensor std(boolean unbiased) {
    return ReductionOps.variance(this, null, false, unbiased, true);
  }

  public Tensor std(int dim) {
    return ReductionOps.variance(this, new int[] {dim}, false, true, true);
  }

  public Tensor std(int dim, boolean unbiased) {
    return ReductionOps.variance(this, new int[] {dim}, false, unbiased, true);
  }

  public Tensor std(int dim, boolean unbiased, boolean keepdim) {
    return ReductionOps.variance(this, new int[] {dim}, keepdim, unbiased, true);
  }

  public Tensor std(int[] dims, boolean unbiased, boolean keepdim) {
    return ReductionOps.variance(this, dims, keepdim, unbiased, true);
  }

  public Tensor var() {
    return ReductionOps.variance(this, null, false, true, false);
  }

  public Tensor var(boolean unbiased) {
    return ReductionOps.variance(this, null, false, unbiased, false);
  }

  public Tensor var(int dim) {
    return ReductionOps.variance(this, new int[] {dim}, false, true, false);
  }

  public Tensor var(int dim, boolean unbiased) {
    return ReductionOps.variance(this, new int[] {dim}, false, unbiased, false);
  }

  public Tensor var(int dim, boolean unbiased, boolean keepdim) {
    return ReductionOps.variance(this, new int[] {dim}, keepdim, unbiased, false);
  }

  public Tensor var(int[] dims, boolean unbiased, boolean keepdim) {
    return ReductionOps.variance(this, dims, keepdim, unbiased, false);
  }

  /** The 2-norm of all elements. */
  public Tensor norm() {
    return ReductionOps.norm(this, 2, null, false);
  }

  public Tensor norm(double p) {
    return ReductionOps.norm(this, p, null, false);
  }

  public Tensor norm(double p, int dim) {
    return ReductionOps.norm(this, p, new int[] {dim}, false);
  }

  public Tensor norm(double p, int dim, boolean keepdim) {
    return ReductionOps.norm(this, p, new int[] {dim}, keepdim);
  }

  public Tensor norm(double p, int[] dims, boolean keepdim) {
    return ReductionOps.norm(this, p, dims, keepdim);
  }

  /** {@code log(sum(exp(x)))} over {@code dims} (PyTorch requires them). */
  public Tensor logsumexp(int... dims) {
    return ReductionOps.logsumexp(this, dims, false);
  }

  public Tensor logsumexp(int[] dims, boolean keepdim) {
    return ReductionOps.logsumexp(this, dims, keepdim);
  }

  /** Whether every element is non-zero: bool. */
  public Tensor all() {
    return ReductionOps.logical(this, null, false);
  }

  public Tensor all(int dim) {
    return ReductionOps.logical(this, dim, false);
  }

  public Tensor all(int dim, boolean keepdim) {
    return ReductionOps.logical(this, dim, keepdim);
  }

  public Tensor any() {
    return ReductionOps.any(this, null, false);
  }

  public Tensor any(int dim) {
    return ReductionOps.any(this, dim, false);
  }

  public Tensor any(int dim, boolean keepdim) {
    return ReductionOps.any(this, dim, keepdim);
  }

  /** {@code x.relu()}: same shape and dtype; bool input is rejected. */
  public Tensor relu() {
    DType d =
        dev.shapesense.tensor.rules.ActivationRules.clampKernel(
            "clamp_min_cpu", "Boolean inputs not supported for relu", dtype);
    Shape s = dev.shapesense.tensor.rules.ActivationRules.elementwise(shape);
    if (storage != null) {
      return ElementwiseOps.map(this, d, v -> v > 0 || Double.isNaN(v) ? v : 0);
    }
    return result(s, d, this);
  }

  /** {@code x.sigmoid()}: integral input gives float32. */
  public Tensor sigmoid() {
    Shape s = dev.shapesense.tensor.rules.ActivationRules.elementwise(shape);
    DType d = dev.shapesense.tensor.rules.ActivationRules.unaryFloat("sigmoid_cpu", dtype);
    if (storage != null) {
      return ElementwiseOps.map(this, d, v -> 1 / (1 + Math.exp(-v)));
    }
    return result(s, d, this);
  }

  /** {@code x.tanh()}: integral input gives float32. */
  public Tensor tanh() {
    Shape s = dev.shapesense.tensor.rules.ActivationRules.elementwise(shape);
    DType d = dev.shapesense.tensor.rules.ActivationRules.unaryFloat("tanh_vml_cpu", dtype);
    if (storage != null) {
      return ElementwiseOps.map(this, d, Math::tanh);
    }
    return result(s, d, this);
  }

  /** {@code x.softmax(dim)}. */
  public Tensor softmax(int dim) {
    return softmax(dim, null);
  }

  /** {@code x.softmax(dim, dtype)}: the input is cast to {@code dtype} (null keeps it) first. */
  public Tensor softmax(int dim, DType dtype) {
    Shape s = dev.shapesense.tensor.rules.ActivationRules.softmax(shape, dim);
    DType d =
        dev.shapesense.tensor.rules.ActivationRules.softmaxKernel(
            false, shape, dim, dtype == null ? this.dtype : dtype);
    if (storage != null) {
      return CpuLinalg.softmax(this, s, d, dim, false);
    }
    return result(s, d, this);
  }

  /** {@code x.log_softmax(dim)}. */
  public Tensor logSoftmax(int dim) {
    return logSoftmax(dim, null);
  }

  /** {@code x.log_softmax(dim, dtype)}. */
  public Tensor logSoftmax(int dim, DType dtype) {
    Shape s = dev.shapesense.tensor.rules.ActivationRules.softmax(shape, dim);
    DType d =
        dev.shapesense.tensor.rules.ActivationRules.softmaxKernel(
            true, shape, dim, dtype == null ? this.dtype : dtype);
    if (storage != null) {
      return CpuLinalg.softmax(this, s, d, dim, true);
    }
    return result(s, d, this);
  }

  @Override
  public String toString() {
    return "tensor(..., device='"
        + device
        + "', size="
        + shape
        + (dtype == DType.FLOAT32 ? "" : ", dtype=" + dtype.torchName())
        + ")";
  }

  // ---------------------------------------------------------------------------------------------
  // roll, index_select, new_zeros and in-place fills (rules: rules.RollIndexRules).

  /** {@code x.roll(shifts)}: rolls the flattened tensor; same shape. */
  public Tensor roll(long shifts) {
    return roll(new long[] {shifts}, new int[0]);
  }

  /** {@code x.roll(shifts, dims)}. */
  public Tensor roll(long shifts, int dim) {
    return roll(new long[] {shifts}, new int[] {dim});
  }

  /** {@code x.roll(shifts=(...), dims=(...))}. */
  public Tensor roll(long[] shifts, int[] dims) {
    long[] ds = new long[dims.length];
    for (int i = 0; i < dims.length; i++) {
      ds[i] = dims[i];
    }
    Shape s = dev.shapesense.tensor.rules.RollIndexRules.roll(shape, shifts, ds);
    if (storage == null) {
      return derive(s);
    }
    int[] wrapped = new int[dims.length];
    for (int i = 0; i < dims.length; i++) {
      wrapped[i] = Checks.wrapDim(dims[i], shape.rank());
    }
    return CpuOps.roll(this, shifts, wrapped);
  }

  /** {@code x.roll(shifts=(...), dims=(...))} with int shifts. */
  public Tensor roll(int[] shifts, int[] dims) {
    long[] ss = new long[shifts.length];
    for (int i = 0; i < shifts.length; i++) {
      ss[i] = shifts[i];
    }
    return roll(ss, dims);
  }

  /** {@code x.index_select(dim, index)}: also the Java form of {@code x[index]} for a 1-d index on dim 0. */
  public Tensor indexSelect(int dim, Tensor index) {
    Shape s =
        dev.shapesense.tensor.rules.RollIndexRules.indexSelect(shape, dim, index.shape, index.dtype);
    if (storage == null) {
      return result(s, dtype, this, index);
    }
    return CpuOps.indexSelect(this, s, shape.rank() == 0 ? 0 : Checks.wrapDim(dim, shape.rank()), index);
  }

  /** {@code x.new_zeros(size)}: this tensor's dtype and device. */
  public Tensor newZeros(long... size) {
    return newZeros(Shape.of(size));
  }

  /** {@code x.new_zeros(size)}: this tensor's dtype and device. */
  public Tensor newZeros(Shape size) {
    return create(size, dtype, device);
  }

  /** {@code x.fill_(value)}: in place (on CPU every element becomes {@code value}); this tensor. */
  public Tensor fill_(double value) {
    if (storage != null) {
      storage.fill(value);
    }
    return this;
  }

  /** {@code x.fill_(value)}: in place (on CPU every element becomes {@code value}); this tensor. */
  public Tensor fill_(long value) {
    if (storage != null) {
      storage.fill(value);
    }
    return this;
  }

  /** {@code x.zero_()}: in place, so this tensor. */
  public Tensor zero_() {
    return fill_(0L);
  }
}
