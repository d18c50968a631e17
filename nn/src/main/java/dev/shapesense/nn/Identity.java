package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;

/**
 * {@code nn.Identity(*args, **kwargs)}: returns its input; every constructor argument is accepted
 * and ignored, as in PyTorch.
 */
public class Identity extends Module {
  public Identity(Object... unusedArgs) {}

  /** Ignored, as PyTorch ignores {@code Identity(unused_argument=...)}. */
  public Identity unusedArgument(Object ignored) {
    return this;
  }

  public Tensor forward(Tensor input) {
    return fire(input, input);
  }
}
