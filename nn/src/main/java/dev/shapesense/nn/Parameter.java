package dev.shapesense.nn;

import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Device;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.Tensor;

/** A learnable tensor of a module ({@code nn.Parameter}); usable wherever a Tensor is. */
public class Parameter extends Tensor {
  private final boolean requiresGrad;

  /** Made by a module for itself: registering it gives it the module's initial values. */
  boolean fresh;

  public Parameter(Tensor data) {
    this(data, true);
  }

  public Parameter(Tensor data, boolean requiresGrad) {
    super(data);
    this.requiresGrad = requiresGrad;
  }

  /** A float32 parameter of {@code shape} on the current default device. */
  static Parameter of(Shape shape) {
    return of(shape, DType.FLOAT32);
  }

  /**
   * A parameter of {@code shape} and {@code dtype} on the current default device, to initialise.
   */
  static Parameter of(Shape shape, DType dtype) {
    Parameter p = new Parameter(Tensor.create(shape, dtype, Device.current()));
    p.fresh = true;
    return p;
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
