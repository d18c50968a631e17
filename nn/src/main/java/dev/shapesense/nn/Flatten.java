package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;

/**
 * {@code nn.Flatten(start_dim=1, end_dim=-1)}: dims {@code startDim..endDim} folded into one, as
 * {@code input.flatten(startDim, endDim)}; dim indexes are checked in forward, as in PyTorch.
 */
public class Flatten extends Module {
  private int startDim = 1;
  private int endDim = -1;

  public Flatten() {}

  public Flatten(int startDim) {
    this.startDim = startDim;
  }

  public Flatten(int startDim, int endDim) {
    this.startDim = startDim;
    this.endDim = endDim;
  }

  public Flatten startDim(int startDim) {
    this.startDim = startDim;
    return this;
  }

  public Flatten endDim(int endDim) {
    this.endDim = endDim;
    return this;
  }

  public Tensor forward(Tensor input) {
    return fire(input.flatten(startDim, endDim), input);
  }

  @Override
  protected String extraRepr() {
    return "start_dim=" + startDim + ", end_dim=" + endDim;
  }
}
