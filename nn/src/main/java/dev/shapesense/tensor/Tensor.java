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
public class Tensor extends TensorGenerated {
  private final Shape shape;
  private final DType dtype;
  private Device device;
  private final List<String> assumptions;

  /** CPU elements in row-major order: {@link Storage}; null on META. */
  private Storage storage;

  /**
   * The logical strides (PyTorch's {@code x.stride()}) where they are not the contiguous ones: null
   * while contiguous, {@link Layout#UNKNOWN} where not followed. CPU elements are stored in
   * row-major order of the shape whatever the strides: strides only decide which views PyTorch
   * allows ({@link Layout}).
   */
  Dim[] strides;

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

  /**
   * A tensor sharing {@code other}'s metadata and (on CPU) its storage, as parameters wrap data.
   */
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
    Tensor t =
        new Tensor(
            shape, dtype, inheritedAssumptions(inputs), Storage.of(dtype, values, cpuNumel(shape)));
    t.strides = Layout.ofResult(java.util.Arrays.asList(inputs));
    return t;
  }

  /** A CPU int64 (or other integral) result computed exactly as longs. */
  public static Tensor computedLongs(Shape shape, DType dtype, long[] values, Tensor... inputs) {
    Tensor t =
        new Tensor(
            shape,
            dtype,
            inheritedAssumptions(inputs),
            Storage.ofLongs(dtype, values, cpuNumel(shape)));
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
                + " and "
                + t.device
                + "!");
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
   * The elements in row-major order as doubles (a copy for int64, the storage itself otherwise: do
   * not modify). Throws on META, which has no data.
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
   * the element count times the element size, multiplied as unsigned 64-bit numbers, must fit in a
   * signed 64-bit size. Symbolic sizes are not checked.
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
          // Every op of the op catalog (OpCatalog) has a CPU kernel and never comes here; a
          // layer or function outside it that has none does.
          throw new UnsupportedOperationException(
              "an op without a CPU kernel was given a CPU tensor (its result: " + shape + ")");
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

  /** {@code x.repeat()} without counts: PyTorch's TypeError. */
  public Tensor repeat() {
    throw new ShapeError(
        "TypeError", "repeat() missing 1 required positional arguments: \"repeats\"");
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
  // new_zeros and in-place fills.

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
