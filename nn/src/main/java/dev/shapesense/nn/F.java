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
