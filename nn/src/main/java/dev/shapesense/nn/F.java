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

  /**
   * {@code F.multi_head_attention_forward} with its required arguments: query {@code [L, N, E]}
   * (or {@code [L, E]}), packed {@code in_proj_weight [3E, E]}; returns output and averaged
   * weights.
   */
  public static MultiheadAttention.Output multiHeadAttentionForward(
      Tensor query, Tensor key, Tensor value, long embedDimToCheck, long numHeads,
      Tensor inProjWeight, Tensor inProjBias, Tensor biasK, Tensor biasV, boolean addZeroAttn,
      double dropoutP, Tensor outProjWeight, Tensor outProjBias) {
    return multiHeadAttentionForward(
        query, key, value, embedDimToCheck, numHeads, inProjWeight, inProjBias, biasK, biasV,
        addZeroAttn, dropoutP, outProjWeight, outProjBias, true, null, true, null, false, null,
        null, null);
  }

  /** As above, with training, key_padding_mask, need_weights and attn_mask. */
  public static MultiheadAttention.Output multiHeadAttentionForward(
      Tensor query, Tensor key, Tensor value, long embedDimToCheck, long numHeads,
      Tensor inProjWeight, Tensor inProjBias, Tensor biasK, Tensor biasV, boolean addZeroAttn,
      double dropoutP, Tensor outProjWeight, Tensor outProjBias, boolean training,
      Tensor keyPaddingMask, boolean needWeights, Tensor attnMask) {
    return multiHeadAttentionForward(
        query, key, value, embedDimToCheck, numHeads, inProjWeight, inProjBias, biasK, biasV,
        addZeroAttn, dropoutP, outProjWeight, outProjBias, training, keyPaddingMask, needWeights,
        attnMask, false, null, null, null);
  }

  /** As above, with separate projection weights (static_k/static_v are not supported). */
  public static MultiheadAttention.Output multiHeadAttentionForward(
      Tensor query, Tensor key, Tensor value, long embedDimToCheck, long numHeads,
      Tensor inProjWeight, Tensor inProjBias, Tensor biasK, Tensor biasV, boolean addZeroAttn,
      double dropoutP, Tensor outProjWeight, Tensor outProjBias, boolean training,
      Tensor keyPaddingMask, boolean needWeights, Tensor attnMask,
      boolean useSeparateProjWeight, Tensor qProjWeight, Tensor kProjWeight, Tensor vProjWeight) {
    var r =
        dev.shapesense.tensor.rules.AttentionRules.multiHeadAttentionForward(
            mhaArg(query), mhaArg(key), mhaArg(value),
            new dev.shapesense.tensor.rules.AttentionRules.Aliasing(query == key, key == value),
            embedDimToCheck, numHeads,
            new dev.shapesense.tensor.rules.AttentionRules.Weights(
                mhaArg(inProjWeight), mhaArg(inProjBias), mhaArg(qProjWeight),
                mhaArg(kProjWeight), mhaArg(vProjWeight), mhaArg(biasK), mhaArg(biasV),
                mhaArg(outProjWeight), mhaArg(outProjBias)),
            addZeroAttn, mhaArg(keyPaddingMask), needWeights, mhaArg(attnMask),
            useSeparateProjWeight, true);
    Tensor[] in = {query, key, value, keyPaddingMask, attnMask};
    return new MultiheadAttention.Output(
        Tensor.result(r.output(), query.dtype(), in),
        r.weights() == null ? null : Tensor.result(r.weights(), query.dtype(), in));
  }

  private static dev.shapesense.tensor.rules.AttentionRules.Arg mhaArg(Tensor t) {
    return t == null ? null : new dev.shapesense.tensor.rules.AttentionRules.Arg(t.shape(), t.dtype());
  }

  // ==== end D ====

}
