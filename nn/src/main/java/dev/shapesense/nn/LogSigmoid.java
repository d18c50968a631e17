package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;

/**
 * {@code nn.LogSigmoid}: element-wise {@code log(sigmoid(x))}; the output has the input's shape.
 */
public class LogSigmoid extends Module {
  public LogSigmoid() {}

  public Tensor forward(Tensor input) {
    return fire(F.logsigmoid(input), input);
  }
}
