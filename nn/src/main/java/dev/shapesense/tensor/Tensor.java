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

  // ---------------------------------------------------------------------------------------------
  // Element-wise unary ops: same shape and dtype.

  public Tensor relu() {
    return derive(shape);
  }

  // ==== views, reshaping and indexing (A) ====

  private static List<Dim> dimList(long... sizes) {
    List<Dim> out = new ArrayList<>();
    for (long s : sizes) {
      out.add(Dim.of(s));
    }
    return out;
  }

  private List<Tensor> pieces(List<Shape> shapes) {
    // Every piece carries the assumptions the split recorded, not only the first.
    List<Tensor> out = new ArrayList<>();
    for (Shape s : shapes) {
      out.add(out.isEmpty() ? derive(s) : result(s, dtype, out.get(0)));
    }
    return out;
  }

  /** {@code x.view(*shape)}: same elements under a new shape; one size may be -1 (inferred). */
  public Tensor view(long... shape) {
    return derive(dev.shapesense.tensor.rules.ViewRules.view(this.shape, dimList(shape)));
  }

  public Tensor view(Shape shape) {
    return derive(dev.shapesense.tensor.rules.ViewRules.view(this.shape, shape.dims()));
  }

  /** As {@link #view(long...)} with symbolic sizes; {@code Dim.of(-1)} is inferred. */
  public Tensor view(Dim... shape) {
    return derive(dev.shapesense.tensor.rules.ViewRules.view(this.shape, List.of(shape)));
  }

  public Tensor viewAs(Tensor other) {
    return view(other.shape);
  }

  public Tensor reshape(long... shape) {
    return derive(dev.shapesense.tensor.rules.ViewRules.reshape(this.shape, dimList(shape)));
  }

  public Tensor reshape(Shape shape) {
    return derive(dev.shapesense.tensor.rules.ViewRules.reshape(this.shape, shape.dims()));
  }

  public Tensor reshape(Dim... shape) {
    return derive(dev.shapesense.tensor.rules.ViewRules.reshape(this.shape, List.of(shape)));
  }

  public Tensor reshapeAs(Tensor other) {
    return reshape(other.shape);
  }

  public Tensor contiguous() {
    return derive(shape);
  }

  /** {@code x.flatten()}: all dims folded into one. */
  public Tensor flatten() {
    return flatten(0, -1);
  }

  public Tensor flatten(int startDim) {
    return flatten(startDim, -1);
  }

  public Tensor flatten(int startDim, int endDim) {
    return derive(dev.shapesense.tensor.rules.ViewRules.flatten(shape, startDim, endDim));
  }

  /** {@code x.unflatten(dim, sizes)}: dim {@code dim} split into {@code sizes} (one may be -1). */
  public Tensor unflatten(int dim, long... sizes) {
    return derive(dev.shapesense.tensor.rules.ViewRules.unflatten(shape, dim, dimList(sizes)));
  }

  public Tensor unflatten(int dim, Shape sizes) {
    return derive(dev.shapesense.tensor.rules.ViewRules.unflatten(shape, dim, sizes.dims()));
  }

  public Tensor unflatten(int dim, Dim... sizes) {
    return derive(dev.shapesense.tensor.rules.ViewRules.unflatten(shape, dim, List.of(sizes)));
  }

  /** {@code x.expand(*sizes)}: size-1 dims broadcast; -1 keeps a dim; new dims lead. */
  public Tensor expand(long... sizes) {
    return derive(dev.shapesense.tensor.rules.ViewRules.expand(shape, dimList(sizes), dtype));
  }

  public Tensor expand(Shape sizes) {
    return derive(dev.shapesense.tensor.rules.ViewRules.expand(shape, sizes.dims(), dtype));
  }

  public Tensor expand(Dim... sizes) {
    return derive(dev.shapesense.tensor.rules.ViewRules.expand(shape, List.of(sizes), dtype));
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
    return derive(dev.shapesense.tensor.rules.ViewRules.repeat(shape, dimList(repeats)));
  }

  public Tensor repeat(Dim... repeats) {
    return derive(dev.shapesense.tensor.rules.ViewRules.repeat(shape, List.of(repeats)));
  }

  public Tensor permute(int... dims) {
    long[] d = new long[dims.length];
    for (int i = 0; i < dims.length; i++) {
      d[i] = dims[i];
    }
    return derive(dev.shapesense.tensor.rules.TransposeRules.permute(shape, d));
  }

  public Tensor transpose(int dim0, int dim1) {
    return derive(dev.shapesense.tensor.rules.TransposeRules.transpose(shape, dim0, dim1));
  }

  public Tensor swapaxes(int axis0, int axis1) {
    return transpose(axis0, axis1);
  }

  public Tensor swapdims(int dim0, int dim1) {
    return transpose(dim0, dim1);
  }

  /** {@code x.t()}: transpose of a tensor of at most 2 dims. */
  public Tensor t() {
    return derive(dev.shapesense.tensor.rules.TransposeRules.t(shape));
  }

  public Tensor movedim(int source, int destination) {
    return movedim(new int[] {source}, new int[] {destination});
  }

  public Tensor movedim(int[] source, int[] destination) {
    return derive(
        dev.shapesense.tensor.rules.TransposeRules.movedim(
            shape,
            java.util.Arrays.stream(source).asLongStream().toArray(),
            java.util.Arrays.stream(destination).asLongStream().toArray()));
  }

  public Tensor moveaxis(int source, int destination) {
    return movedim(source, destination);
  }

  public Tensor moveaxis(int[] source, int[] destination) {
    return movedim(source, destination);
  }

  /** {@code x.squeeze()}: every size-1 dim removed. */
  public Tensor squeeze() {
    return derive(dev.shapesense.tensor.rules.TransposeRules.squeeze(shape));
  }

  /** {@code x.squeeze(dim)} (several dims as in later PyTorch): those of size 1 removed. */
  public Tensor squeeze(int... dims) {
    return derive(
        dev.shapesense.tensor.rules.TransposeRules.squeeze(
            shape, java.util.Arrays.stream(dims).asLongStream().toArray()));
  }

  public Tensor unsqueeze(int dim) {
    return derive(dev.shapesense.tensor.rules.TransposeRules.unsqueeze(shape, dim));
  }

  /** {@code x.chunk(chunks)} along dim 0. */
  public List<Tensor> chunk(int chunks) {
    return chunk(chunks, 0);
  }

  public List<Tensor> chunk(int chunks, int dim) {
    return pieces(dev.shapesense.tensor.rules.SplitRules.chunk(shape, chunks, dim));
  }

  /** {@code x.split(splitSize)} along dim 0. */
  public List<Tensor> split(long splitSize) {
    return split(splitSize, 0);
  }

  public List<Tensor> split(long splitSize, int dim) {
    return pieces(dev.shapesense.tensor.rules.SplitRules.split(shape, splitSize, dim));
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
        dev.shapesense.tensor.rules.SplitRules.splitWithSizes(shape, dimList(splitSizes), dim));
  }

  public List<Tensor> split(Dim[] splitSizes, int dim) {
    return pieces(
        dev.shapesense.tensor.rules.SplitRules.splitWithSizes(shape, List.of(splitSizes), dim));
  }

  /** {@code x.unbind()}: the slices along dim 0. */
  public List<Tensor> unbind() {
    return unbind(0);
  }

  public List<Tensor> unbind(int dim) {
    return pieces(dev.shapesense.tensor.rules.SplitRules.unbind(shape, dim));
  }

  /** {@code x.narrow(dim, start, length)}. */
  public Tensor narrow(int dim, long start, long length) {
    return narrow(dim, Dim.of(start), Dim.of(length));
  }

  public Tensor narrow(int dim, Dim start, Dim length) {
    return derive(dev.shapesense.tensor.rules.IndexRules.narrow(shape, dim, start, length));
  }

  /** {@code x.select(dim, index)}: {@code x[:, index]} for dim 1; the dim is removed. */
  public Tensor select(int dim, long index) {
    return select(dim, Dim.of(index));
  }

  public Tensor select(int dim, Dim index) {
    return derive(dev.shapesense.tensor.rules.IndexRules.select(shape, dim, index));
  }

  /** {@code x[..., start:]} along {@code dim}. */
  public Tensor slice(int dim, long start) {
    return derive(dev.shapesense.tensor.rules.IndexRules.slice(shape, dim, Dim.of(start), null, 1));
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
    return derive(dev.shapesense.tensor.rules.IndexRules.slice(shape, dim, start, end, step));
  }

  /** {@code x[i0, i1, ...]} with basic indices: see {@link Index}. */
  public Tensor index(Index... indices) {
    return derive(dev.shapesense.tensor.rules.IndexRules.index(shape, List.of(indices)));
  }

  // ==== end A ====


  // ==== element-wise math, broadcasting, linear algebra, reductions (B1) ====

  // ==== end B1 ====


  // ==== activations, softmax, dropout, normalisation, embedding (B2) ====

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
