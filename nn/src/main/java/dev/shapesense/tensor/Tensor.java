package dev.shapesense.tensor;

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

  protected Tensor(Shape shape, DType dtype, Device device, List<String> assumptions) {
    this.shape = shape;
    this.dtype = dtype;
    this.device = device;
    this.assumptions = assumptions;
  }

  /** A new tensor with no data dependencies, as factories make. */
  public static Tensor create(Shape shape, DType dtype, Device device) {
    for (Dim d : shape) {
      var v = d.constValue();
      if (v.isPresent() && v.getAsLong() < 0) {
        throw new ShapeError(
            "Trying to create tensor with negative dimension " + v.getAsLong() + ": " + shape);
      }
    }
    return new Tensor(shape, dtype, device, Assumptions.drain());
  }

  /**
   * The result of an op on {@code inputs}: same device as the first input, carrying the inputs'
   * assumptions and those the op's rule just recorded.
   */
  public static Tensor result(Shape shape, DType dtype, Tensor... inputs) {
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
    for (String a : Assumptions.drain()) {
      if (!all.contains(a)) {
        all.add(a);
      }
    }
    return new Tensor(shape, dtype, device, List.copyOf(all));
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
    int i = Checks.wrapDim(d, shape.rank());
    if (shape.rank() == 0) {
      throw new ShapeError(
          "IndexError", "Dimension specified as " + d + " but tensor has no dimensions");
    }
    return shape.get(i).value();
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
    this.device = device;
  }

  /** A copy on {@code device}. */
  public Tensor to(Device device) {
    return new Tensor(shape, dtype, device, assumptions);
  }

  /** A copy with elements converted to {@code dtype}. */
  public Tensor to(DType dtype) {
    return new Tensor(shape, dtype, device, assumptions);
  }

  // ==== views, reshaping and indexing (A) ====

  // ==== end A ====


  // ==== element-wise math, broadcasting, linear algebra, reductions (B1) ====

  // ==== end B1 ====


  // ==== activations, softmax, dropout, normalisation, embedding (B2) ====

  /** {@code x.relu()}: same shape and dtype; bool input is rejected. */
  public Tensor relu() {
    DType d =
        dev.shapesense.tensor.rules.ActivationRules.clampKernel(
            "clamp_min_cpu", "Boolean inputs not supported for relu", dtype);
    return result(dev.shapesense.tensor.rules.ActivationRules.elementwise(shape), d, this);
  }

  /** {@code x.sigmoid()}: integral input gives float32. */
  public Tensor sigmoid() {
    return result(
        dev.shapesense.tensor.rules.ActivationRules.elementwise(shape),
        dev.shapesense.tensor.rules.ActivationRules.unaryFloat("sigmoid_cpu", dtype),
        this);
  }

  /** {@code x.tanh()}: integral input gives float32. */
  public Tensor tanh() {
    return result(
        dev.shapesense.tensor.rules.ActivationRules.elementwise(shape),
        dev.shapesense.tensor.rules.ActivationRules.unaryFloat("tanh_vml_cpu", dtype),
        this);
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
    return result(s, d, this);
  }

  // ==== end B2 ====


  // ==== convolutions (C1) ====

  // ==== end C1 ====


  // ==== pooling, padding, resampling (C2) ====

  // ==== end C2 ====


  // ==== recurrent layers and attention (D) ====

  // ==== end D ====

  @Override
  public String toString() {
    return "tensor(..., device='"
        + device
        + "', size="
        + shape
        + (dtype == DType.FLOAT32 ? "" : ", dtype=" + dtype.torchName())
        + ")";
  }
}
