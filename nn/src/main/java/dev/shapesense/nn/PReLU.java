package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;

/**
 * {@code nn.PReLU}: leaky ReLU with a learned slope; {@code weight} has {@code num_parameters}
 * elements (1, shared, or one per channel of dim 1). The output has the input's shape.
 */
public class PReLU extends Module {
  private long numParameters = 1;
  private double init = 0.25;
  private Parameter weight;

  public PReLU() {
    register();
  }

  public PReLU(long numParameters) {
    this.numParameters = numParameters;
    register();
  }

  public PReLU(long numParameters, double init) {
    this.numParameters = numParameters;
    this.init = init;
    register();
  }

  public PReLU numParameters(long numParameters) {
    this.numParameters = numParameters;
    register();
    return this;
  }

  public PReLU init(double init) {
    this.init = init;
    Init.fill(weight, init);
    return this;
  }

  @Override
  protected void initialise(String name, Parameter p) {
    Init.fill(p, init);
  }

  private void register() {
    weight = registerParameter("weight", Parameter.of(numParameters));
  }

  public long numParameters() {
    return numParameters;
  }

  public Parameter weight() {
    return weight;
  }

  public Tensor forward(Tensor input) {
    return fire(F.prelu(input, weight), input);
  }

  @Override
  protected String extraRepr() {
    return "num_parameters=" + numParameters;
  }
}
