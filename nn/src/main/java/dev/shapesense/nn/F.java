package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;

/**
 * {@code torch.nn.functional}: PyTorch's functions with lowerCamelCase names ({@code F.max_pool2d}
 * is {@code F.maxPool2d}); optional arguments positional in PyTorch's order, {@code null} where
 * PyTorch's default is {@code None}.
 */
public final class F {
  private F() {}

  // ---- activations -----------------------------------------------------------------------------

  public static Tensor relu(Tensor input) {
    return input.relu();
  }

  public static Tensor relu(Tensor input, boolean inplace) {
    return input.relu();
  }

  // ==== views, reshaping and indexing (A) ====

  // ==== end A ====


  // ==== element-wise math, broadcasting, linear algebra, reductions (B1) ====

  /** {@code F.linear(input, weight)}: {@code input @ weight.T}. */
  public static Tensor linear(Tensor input, Tensor weight) {
    return dev.shapesense.tensor.Tensors.linear(input, weight, null);
  }

  /** {@code F.linear(input, weight, bias)}: {@code input @ weight.T + bias}; bias may be null. */
  public static Tensor linear(Tensor input, Tensor weight, Tensor bias) {
    return dev.shapesense.tensor.Tensors.linear(input, weight, bias);
  }

  /** {@code F.bilinear(input1, input2, weight)}. */
  public static Tensor bilinear(Tensor input1, Tensor input2, Tensor weight) {
    return dev.shapesense.tensor.Tensors.bilinear(input1, input2, weight, null);
  }

  /** {@code F.bilinear(input1, input2, weight, bias)}; bias may be null. */
  public static Tensor bilinear(Tensor input1, Tensor input2, Tensor weight, Tensor bias) {
    return dev.shapesense.tensor.Tensors.bilinear(input1, input2, weight, bias);
  }

  // ==== end B1 ====


  // ==== activations, softmax, dropout, normalisation, embedding (B2) ====

  // ==== end B2 ====


  // ==== convolutions (C1) ====

  // ==== end C1 ====


  // ==== pooling, padding, resampling (C2) ====

  // ==== end C2 ====


  // ==== recurrent layers and attention (D) ====

  // ==== end D ====

}
