package dev.shapesense.nn;

import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Device;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.Tensor;

/** A learnable tensor of a module ({@code nn.Parameter}); usable wherever a Tensor is. */
public class Parameter extends Tensor {
  private final boolean requiresGrad;

  public Parameter(Tensor data) {
    this(data, true);
  }

  public Parameter(Tensor data, boolean requiresGrad) {
    super(data.shape(), data.dtype(), data.device(), data.assumptions());
    this.requiresGrad = requiresGrad;
  }

  /** A float32 parameter of {@code shape} on the current default device. */
  static Parameter of(Shape shape) {
    return new Parameter(Tensor.create(shape, DType.FLOAT32, Device.current()));
  }

  /** A float32 parameter of the given sizes on the current default device. */
  static Parameter of(long... sizes) {
    return of(Shape.of(sizes));
  }

  public boolean requiresGrad() {
    return requiresGrad;
  }

  void move(Device device) {
    moveTo(device);
  }
}
