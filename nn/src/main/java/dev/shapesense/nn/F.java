package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;

/**
 * {@code torch.nn.functional}: PyTorch's functions with lowerCamelCase names ({@code F.max_pool2d}
 * is {@code F.maxPool2d}); optional arguments positional in PyTorch's order, {@code null} where
 * PyTorch's default is {@code None}.
 */
public final class F {
  private F() {}

  // ---- activations ------------------------------------------------------------------------------

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

  /** A Python int where PyTorch takes an int list: the value once per spatial dim. */
  private static int[] rep(int n, int v) {
    int[] out = new int[n];
    java.util.Arrays.fill(out, v);
    return out;
  }

  private static long[] longs(int... v) {
    long[] out = new long[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = v[i];
    }
    return out;
  }

  public static Tensor conv1d(Tensor input, Tensor weight) {
    return conv1d(input, weight, null);
  }

  public static Tensor conv1d(Tensor input, Tensor weight, Tensor bias) {
    return conv1d(input, weight, bias, rep(1, 1), rep(1, 0), rep(1, 1), 1);
  }

  public static Tensor conv1d(Tensor input, Tensor weight, Tensor bias, int stride) {
    return conv1d(input, weight, bias, rep(1, stride));
  }

  public static Tensor conv1d(Tensor input, Tensor weight, Tensor bias, int[] stride) {
    return conv1d(input, weight, bias, stride, rep(1, 0), rep(1, 1), 1);
  }

  public static Tensor conv1d(Tensor input, Tensor weight, Tensor bias, int stride, int padding) {
    return conv1d(input, weight, bias, rep(1, stride), rep(1, padding));
  }

  public static Tensor conv1d(
      Tensor input, Tensor weight, Tensor bias, int[] stride, int[] padding) {
    return conv1d(input, weight, bias, stride, padding, rep(1, 1), 1);
  }

  /** {@code padding} is {@code "same"} or {@code "valid"}. */
  public static Tensor conv1d(
      Tensor input, Tensor weight, Tensor bias, int stride, String padding) {
    return conv1d(input, weight, bias, rep(1, stride), padding, rep(1, 1), 1);
  }

  public static Tensor conv1d(
      Tensor input, Tensor weight, Tensor bias, int[] stride, String padding) {
    return conv1d(input, weight, bias, stride, padding, rep(1, 1), 1);
  }

  public static Tensor conv1d(
      Tensor input, Tensor weight, Tensor bias, int stride, int padding, int dilation) {
    return conv1d(input, weight, bias, stride, padding, dilation, 1);
  }

  public static Tensor conv1d(
      Tensor input, Tensor weight, Tensor bias, int[] stride, int[] padding, int[] dilation) {
    return conv1d(input, weight, bias, stride, padding, dilation, 1);
  }

  public static Tensor conv1d(
      Tensor input, Tensor weight, Tensor bias, int stride, String padding, int dilation) {
    return conv1d(input, weight, bias, rep(1, stride), padding, rep(1, dilation), 1);
  }

  public static Tensor conv1d(
      Tensor input, Tensor weight, Tensor bias, int[] stride, String padding, int[] dilation) {
    return conv1d(input, weight, bias, stride, padding, dilation, 1);
  }

  public static Tensor conv1d(
      Tensor input,
      Tensor weight,
      Tensor bias,
      int stride,
      int padding,
      int dilation,
      int groups) {
    return conv1d(
        input, weight, bias, rep(1, stride), rep(1, padding), rep(1, dilation),
        groups);
  }

  public static Tensor conv1d(
      Tensor input,
      Tensor weight,
      Tensor bias,
      int stride,
      String padding,
      int dilation,
      int groups) {
    return conv1d(input, weight, bias, rep(1, stride), padding, rep(1, dilation), groups);
  }

  public static Tensor conv1d(
      Tensor input,
      Tensor weight,
      Tensor bias,
      int[] stride,
      int[] padding,
      int[] dilation,
      int groups) {
    return dev.shapesense.tensor.Tensors.convNd(
        1, input, weight, bias, longs(stride), longs(padding), longs(dilation), groups);
  }

  public static Tensor conv1d(
      Tensor input,
      Tensor weight,
      Tensor bias,
      int[] stride,
      String padding,
      int[] dilation,
      int groups) {
    return dev.shapesense.tensor.Tensors.convNd(
        1, input, weight, bias, longs(stride), padding, longs(dilation), groups);
  }

  public static Tensor conv2d(Tensor input, Tensor weight) {
    return conv2d(input, weight, null);
  }

  public static Tensor conv2d(Tensor input, Tensor weight, Tensor bias) {
    return conv2d(input, weight, bias, rep(2, 1), rep(2, 0), rep(2, 1), 1);
  }

  public static Tensor conv2d(Tensor input, Tensor weight, Tensor bias, int stride) {
    return conv2d(input, weight, bias, rep(2, stride));
  }

  public static Tensor conv2d(Tensor input, Tensor weight, Tensor bias, int[] stride) {
    return conv2d(input, weight, bias, stride, rep(2, 0), rep(2, 1), 1);
  }

  public static Tensor conv2d(Tensor input, Tensor weight, Tensor bias, int stride, int padding) {
    return conv2d(input, weight, bias, rep(2, stride), rep(2, padding));
  }

  public static Tensor conv2d(
      Tensor input, Tensor weight, Tensor bias, int[] stride, int[] padding) {
    return conv2d(input, weight, bias, stride, padding, rep(2, 1), 1);
  }

  /** {@code padding} is {@code "same"} or {@code "valid"}. */
  public static Tensor conv2d(
      Tensor input, Tensor weight, Tensor bias, int stride, String padding) {
    return conv2d(input, weight, bias, rep(2, stride), padding, rep(2, 1), 1);
  }

  public static Tensor conv2d(
      Tensor input, Tensor weight, Tensor bias, int[] stride, String padding) {
    return conv2d(input, weight, bias, stride, padding, rep(2, 1), 1);
  }

  public static Tensor conv2d(
      Tensor input, Tensor weight, Tensor bias, int stride, int padding, int dilation) {
    return conv2d(input, weight, bias, stride, padding, dilation, 1);
  }

  public static Tensor conv2d(
      Tensor input, Tensor weight, Tensor bias, int[] stride, int[] padding, int[] dilation) {
    return conv2d(input, weight, bias, stride, padding, dilation, 1);
  }

  public static Tensor conv2d(
      Tensor input, Tensor weight, Tensor bias, int stride, String padding, int dilation) {
    return conv2d(input, weight, bias, rep(2, stride), padding, rep(2, dilation), 1);
  }

  public static Tensor conv2d(
      Tensor input, Tensor weight, Tensor bias, int[] stride, String padding, int[] dilation) {
    return conv2d(input, weight, bias, stride, padding, dilation, 1);
  }

  public static Tensor conv2d(
      Tensor input,
      Tensor weight,
      Tensor bias,
      int stride,
      int padding,
      int dilation,
      int groups) {
    return conv2d(
        input, weight, bias, rep(2, stride), rep(2, padding), rep(2, dilation),
        groups);
  }

  public static Tensor conv2d(
      Tensor input,
      Tensor weight,
      Tensor bias,
      int stride,
      String padding,
      int dilation,
      int groups) {
    return conv2d(input, weight, bias, rep(2, stride), padding, rep(2, dilation), groups);
  }

  public static Tensor conv2d(
      Tensor input,
      Tensor weight,
      Tensor bias,
      int[] stride,
      int[] padding,
      int[] dilation,
      int groups) {
    return dev.shapesense.tensor.Tensors.convNd(
        2, input, weight, bias, longs(stride), longs(padding), longs(dilation), groups);
  }

  public static Tensor conv2d(
      Tensor input,
      Tensor weight,
      Tensor bias,
      int[] stride,
      String padding,
      int[] dilation,
      int groups) {
    return dev.shapesense.tensor.Tensors.convNd(
        2, input, weight, bias, longs(stride), padding, longs(dilation), groups);
  }

  public static Tensor conv3d(Tensor input, Tensor weight) {
    return conv3d(input, weight, null);
  }

  public static Tensor conv3d(Tensor input, Tensor weight, Tensor bias) {
    return conv3d(input, weight, bias, rep(3, 1), rep(3, 0), rep(3, 1), 1);
  }

  public static Tensor conv3d(Tensor input, Tensor weight, Tensor bias, int stride) {
    return conv3d(input, weight, bias, rep(3, stride));
  }

  public static Tensor conv3d(Tensor input, Tensor weight, Tensor bias, int[] stride) {
    return conv3d(input, weight, bias, stride, rep(3, 0), rep(3, 1), 1);
  }

  public static Tensor conv3d(Tensor input, Tensor weight, Tensor bias, int stride, int padding) {
    return conv3d(input, weight, bias, rep(3, stride), rep(3, padding));
  }

  public static Tensor conv3d(
      Tensor input, Tensor weight, Tensor bias, int[] stride, int[] padding) {
    return conv3d(input, weight, bias, stride, padding, rep(3, 1), 1);
  }

  /** {@code padding} is {@code "same"} or {@code "valid"}. */
  public static Tensor conv3d(
      Tensor input, Tensor weight, Tensor bias, int stride, String padding) {
    return conv3d(input, weight, bias, rep(3, stride), padding, rep(3, 1), 1);
  }

  public static Tensor conv3d(
      Tensor input, Tensor weight, Tensor bias, int[] stride, String padding) {
    return conv3d(input, weight, bias, stride, padding, rep(3, 1), 1);
  }

  public static Tensor conv3d(
      Tensor input, Tensor weight, Tensor bias, int stride, int padding, int dilation) {
    return conv3d(input, weight, bias, stride, padding, dilation, 1);
  }

  public static Tensor conv3d(
      Tensor input, Tensor weight, Tensor bias, int[] stride, int[] padding, int[] dilation) {
    return conv3d(input, weight, bias, stride, padding, dilation, 1);
  }

  public static Tensor conv3d(
      Tensor input, Tensor weight, Tensor bias, int stride, String padding, int dilation) {
    return conv3d(input, weight, bias, rep(3, stride), padding, rep(3, dilation), 1);
  }

  public static Tensor conv3d(
      Tensor input, Tensor weight, Tensor bias, int[] stride, String padding, int[] dilation) {
    return conv3d(input, weight, bias, stride, padding, dilation, 1);
  }

  public static Tensor conv3d(
      Tensor input,
      Tensor weight,
      Tensor bias,
      int stride,
      int padding,
      int dilation,
      int groups) {
    return conv3d(
        input, weight, bias, rep(3, stride), rep(3, padding), rep(3, dilation),
        groups);
  }

  public static Tensor conv3d(
      Tensor input,
      Tensor weight,
      Tensor bias,
      int stride,
      String padding,
      int dilation,
      int groups) {
    return conv3d(input, weight, bias, rep(3, stride), padding, rep(3, dilation), groups);
  }

  public static Tensor conv3d(
      Tensor input,
      Tensor weight,
      Tensor bias,
      int[] stride,
      int[] padding,
      int[] dilation,
      int groups) {
    return dev.shapesense.tensor.Tensors.convNd(
        3, input, weight, bias, longs(stride), longs(padding), longs(dilation), groups);
  }

  public static Tensor conv3d(
      Tensor input,
      Tensor weight,
      Tensor bias,
      int[] stride,
      String padding,
      int[] dilation,
      int groups) {
    return dev.shapesense.tensor.Tensors.convNd(
        3, input, weight, bias, longs(stride), padding, longs(dilation), groups);
  }

  public static Tensor convTranspose1d(Tensor input, Tensor weight) {
    return convTranspose1d(input, weight, null);
  }

  public static Tensor convTranspose1d(Tensor input, Tensor weight, Tensor bias) {
    return convTranspose1d(input, weight, bias, 1);
  }

  public static Tensor convTranspose1d(Tensor input, Tensor weight, Tensor bias, int stride) {
    return convTranspose1d(input, weight, bias, stride, 0);
  }

  public static Tensor convTranspose1d(
      Tensor input, Tensor weight, Tensor bias, int stride, int padding) {
    return convTranspose1d(input, weight, bias, stride, padding, 0);
  }

  public static Tensor convTranspose1d(
      Tensor input, Tensor weight, Tensor bias, int stride, int padding, int outputPadding) {
    return convTranspose1d(input, weight, bias, stride, padding, outputPadding, 1);
  }

  public static Tensor convTranspose1d(
      Tensor input,
      Tensor weight,
      Tensor bias,
      int stride,
      int padding,
      int outputPadding,
      int groups) {
    return convTranspose1d(input, weight, bias, stride, padding, outputPadding, groups, 1);
  }

  public static Tensor convTranspose1d(
      Tensor input,
      Tensor weight,
      Tensor bias,
      int stride,
      int padding,
      int outputPadding,
      int groups,
      int dilation) {
    return convTranspose1d(
        input,
        weight,
        bias,
        rep(1, stride),
        rep(1, padding),
        rep(1, outputPadding),
        groups,
        rep(1, dilation));
  }

  public static Tensor convTranspose1d(
      Tensor input,
      Tensor weight,
      Tensor bias,
      int[] stride,
      int[] padding,
      int[] outputPadding,
      int groups,
      int[] dilation) {
    return dev.shapesense.tensor.Tensors.convTransposeNd(
        1,
        input,
        weight,
        bias,
        longs(stride),
        longs(padding),
        longs(outputPadding),
        groups,
        longs(dilation));
  }

  public static Tensor convTranspose2d(Tensor input, Tensor weight) {
    return convTranspose2d(input, weight, null);
  }

  public static Tensor convTranspose2d(Tensor input, Tensor weight, Tensor bias) {
    return convTranspose2d(input, weight, bias, 1);
  }

  public static Tensor convTranspose2d(Tensor input, Tensor weight, Tensor bias, int stride) {
    return convTranspose2d(input, weight, bias, stride, 0);
  }

  public static Tensor convTranspose2d(
      Tensor input, Tensor weight, Tensor bias, int stride, int padding) {
    return convTranspose2d(input, weight, bias, stride, padding, 0);
  }

  public static Tensor convTranspose2d(
      Tensor input, Tensor weight, Tensor bias, int stride, int padding, int outputPadding) {
    return convTranspose2d(input, weight, bias, stride, padding, outputPadding, 1);
  }

  public static Tensor convTranspose2d(
      Tensor input,
      Tensor weight,
      Tensor bias,
      int stride,
      int padding,
      int outputPadding,
      int groups) {
    return convTranspose2d(input, weight, bias, stride, padding, outputPadding, groups, 1);
  }

  public static Tensor convTranspose2d(
      Tensor input,
      Tensor weight,
      Tensor bias,
      int stride,
      int padding,
      int outputPadding,
      int groups,
      int dilation) {
    return convTranspose2d(
        input,
        weight,
        bias,
        rep(2, stride),
        rep(2, padding),
        rep(2, outputPadding),
        groups,
        rep(2, dilation));
  }

  public static Tensor convTranspose2d(
      Tensor input,
      Tensor weight,
      Tensor bias,
      int[] stride,
      int[] padding,
      int[] outputPadding,
      int groups,
      int[] dilation) {
    return dev.shapesense.tensor.Tensors.convTransposeNd(
        2,
        input,
        weight,
        bias,
        longs(stride),
        longs(padding),
        longs(outputPadding),
        groups,
        longs(dilation));
  }

  public static Tensor convTranspose3d(Tensor input, Tensor weight) {
    return convTranspose3d(input, weight, null);
  }

  public static Tensor convTranspose3d(Tensor input, Tensor weight, Tensor bias) {
    return convTranspose3d(input, weight, bias, 1);
  }

  public static Tensor convTranspose3d(Tensor input, Tensor weight, Tensor bias, int stride) {
    return convTranspose3d(input, weight, bias, stride, 0);
  }

  public static Tensor convTranspose3d(
      Tensor input, Tensor weight, Tensor bias, int stride, int padding) {
    return convTranspose3d(input, weight, bias, stride, padding, 0);
  }

  public static Tensor convTranspose3d(
      Tensor input, Tensor weight, Tensor bias, int stride, int padding, int outputPadding) {
    return convTranspose3d(input, weight, bias, stride, padding, outputPadding, 1);
  }

  public static Tensor convTranspose3d(
      Tensor input,
      Tensor weight,
      Tensor bias,
      int stride,
      int padding,
      int outputPadding,
      int groups) {
    return convTranspose3d(input, weight, bias, stride, padding, outputPadding, groups, 1);
  }

  public static Tensor convTranspose3d(
      Tensor input,
      Tensor weight,
      Tensor bias,
      int stride,
      int padding,
      int outputPadding,
      int groups,
      int dilation) {
    return convTranspose3d(
        input,
        weight,
        bias,
        rep(3, stride),
        rep(3, padding),
        rep(3, outputPadding),
        groups,
        rep(3, dilation));
  }

  public static Tensor convTranspose3d(
      Tensor input,
      Tensor weight,
      Tensor bias,
      int[] stride,
      int[] padding,
      int[] outputPadding,
      int groups,
      int[] dilation) {
    return dev.shapesense.tensor.Tensors.convTransposeNd(
        3,
        input,
        weight,
        bias,
        longs(stride),
        longs(padding),
        longs(outputPadding),
        groups,
        longs(dilation));
  }

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
