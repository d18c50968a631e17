package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;

/**
 * {@code torch.nn.functional}: PyTorch's functions with lowerCamelCase names ({@code F.max_pool2d}
 * is {@code F.maxPool2d}); optional arguments positional in PyTorch's order, {@code null} where
 * PyTorch's default is {@code None}. The functions of the op tables (convolutions, pools,
 * activations, softmax, dropout, normalisation, {@code linear}, {@code embedding}: {@code conv2d},
 * {@code maxPool2d}, {@code relu}, ...) are inherited from {@link FGenerated}, generated with every
 * positional form PyTorch accepts; the ones below are hand-written.
 */
public final class F extends FGenerated {
  private F() {}

  /**
   * The result of an op called with {@code inplace=True}: on CPU the input's elements are
   * overwritten with it and the input itself is returned, as PyTorch does; on META the result
   * stands (there is nothing to overwrite).
   */
  static Tensor inPlace(Tensor input, Tensor result, boolean inplace) {
    if (!inplace || !input.hasData()) {
      return result;
    }
    input.copy_(result);
    return input;
  }

  /** {@code F.pad(input, pad, mode="constant", value=None)}: the generated overloads call this. */
  static Tensor padded(Tensor input, int[] pad, String mode, Double value) {
    dev.shapesense.tensor.Shape s =
        dev.shapesense.tensor.rules.PadRules.pad(
            input.shape(), input.dtype(), PoolArgs.longs(pad), mode, value);
    if (input.hasData()) {
      return dev.shapesense.tensor.CpuConv.pad(
          input,
          s,
          PoolArgs.longs(pad),
          mode == null ? "constant" : mode,
          value == null ? 0 : value);
    }
    return Tensor.result(s, input.dtype(), input);
  }

  /**
   * {@code F.interpolate}: the generated overloads call this ({@code sizeScalar}: the size was one
   * int, which PyTorch words its errors for).
   */
  static Tensor interp(
      Tensor input,
      int[] size,
      boolean sizeScalar,
      Double scale,
      String mode,
      Boolean alignCorners,
      Boolean recompute,
      boolean antialias) {
    return Upsample.interpolate(
        input,
        size,
        sizeScalar,
        scale == null ? null : new double[] {scale},
        true,
        mode,
        alignCorners,
        recompute,
        antialias);
  }

  /** {@code F.interpolate} with one scale factor per spatial dim. */
  public static Tensor interpolateScales(
      Tensor input, double[] scaleFactor, String mode, Boolean alignCorners) {
    return Upsample.interpolate(
        input, null, false, scaleFactor, false, mode, alignCorners, null, false);
  }

  /** {@code F.pixel_shuffle(input, upscale_factor)}. */
  public static Tensor pixelShuffle(Tensor input, int upscaleFactor) {
    long r = upscaleFactor;
    // [*, C r r, H, W] -> [*, C, r, r, H, W] -> [*, C, H, r, W, r] -> the rule's shape.
    return shuffled(
        input,
        dev.shapesense.tensor.rules.ResampleRules.pixelShuffle(input.shape(), upscaleFactor),
        () -> new long[] {input.size(-3) / (r * r), r, r, input.size(-2), input.size(-1)},
        0,
        3,
        1,
        4,
        2);
  }

  /** {@code F.pixel_unshuffle(input, downscale_factor)}. */
  public static Tensor pixelUnshuffle(Tensor input, int downscaleFactor) {
    long r = downscaleFactor;
    // [*, C, H r, W r] -> [*, C, H, r, W, r] -> [*, C, r, r, H, W] -> the rule's shape.
    return shuffled(
        input,
        dev.shapesense.tensor.rules.ResampleRules.pixelUnshuffle(input.shape(), downscaleFactor),
        () -> new long[] {input.size(-3), input.size(-2) / r, r, input.size(-1) / r, r},
        0,
        2,
        4,
        1,
        3);
  }

  /**
   * A pixel (un)shuffle of the rule's shape {@code s}: on CPU, {@code input}'s last 3 dims viewed
   * as {@code sizes}, permuted by {@code perm} (both after the leading dims), as {@code s}.
   */
  private static Tensor shuffled(
      Tensor input,
      dev.shapesense.tensor.Shape s,
      java.util.function.Supplier<long[]> sizes,
      int... perm) {
    if (!input.hasData()) {
      return Tensor.result(s, input.dtype(), input);
    }
    int lead = input.dim() - 3;
    long[] view = new long[lead + 5];
    int[] order = new int[lead + 5];
    for (int i = 0; i < lead; i++) {
      view[i] = input.size(i);
      order[i] = i;
    }
    System.arraycopy(sizes.get(), 0, view, lead, 5);
    for (int i = 0; i < perm.length; i++) {
      order[lead + i] = lead + perm[i];
    }
    return input.reshape(view).permute(order).reshape(s);
  }

  /**
   * {@code F.multi_head_attention_forward} with its required arguments: query {@code [L, N, E]} (or
   * {@code [L, E]}), packed {@code in_proj_weight [3E, E]}; returns output and averaged weights.
   */
  public static MultiheadAttention.Output multiHeadAttentionForward(
      Tensor query,
      Tensor key,
      Tensor value,
      long embedDimToCheck,
      long numHeads,
      Tensor inProjWeight,
      Tensor inProjBias,
      Tensor biasK,
      Tensor biasV,
      boolean addZeroAttn,
      double dropoutP,
      Tensor outProjWeight,
      Tensor outProjBias) {
    return multiHeadAttentionForward(
        query,
        key,
        value,
        embedDimToCheck,
        numHeads,
        inProjWeight,
        inProjBias,
        biasK,
        biasV,
        addZeroAttn,
        dropoutP,
        outProjWeight,
        outProjBias,
        true,
        null,
        true,
        null,
        false,
        null,
        null,
        null);
  }

  /** As above, with training, key_padding_mask, need_weights and attn_mask. */
  public static MultiheadAttention.Output multiHeadAttentionForward(
      Tensor query,
      Tensor key,
      Tensor value,
      long embedDimToCheck,
      long numHeads,
      Tensor inProjWeight,
      Tensor inProjBias,
      Tensor biasK,
      Tensor biasV,
      boolean addZeroAttn,
      double dropoutP,
      Tensor outProjWeight,
      Tensor outProjBias,
      boolean training,
      Tensor keyPaddingMask,
      boolean needWeights,
      Tensor attnMask) {
    return multiHeadAttentionForward(
        query,
        key,
        value,
        embedDimToCheck,
        numHeads,
        inProjWeight,
        inProjBias,
        biasK,
        biasV,
        addZeroAttn,
        dropoutP,
        outProjWeight,
        outProjBias,
        training,
        keyPaddingMask,
        needWeights,
        attnMask,
        false,
        null,
        null,
        null);
  }

  /** As above, with separate projection weights (static_k/static_v are not supported). */
  public static MultiheadAttention.Output multiHeadAttentionForward(
      Tensor query,
      Tensor key,
      Tensor value,
      long embedDimToCheck,
      long numHeads,
      Tensor inProjWeight,
      Tensor inProjBias,
      Tensor biasK,
      Tensor biasV,
      boolean addZeroAttn,
      double dropoutP,
      Tensor outProjWeight,
      Tensor outProjBias,
      boolean training,
      Tensor keyPaddingMask,
      boolean needWeights,
      Tensor attnMask,
      boolean useSeparateProjWeight,
      Tensor qProjWeight,
      Tensor kProjWeight,
      Tensor vProjWeight) {
    var r =
        dev.shapesense.tensor.rules.AttentionRules.multiHeadAttentionForward(
            mhaArg(query),
            mhaArg(key),
            mhaArg(value),
            new dev.shapesense.tensor.rules.AttentionRules.Aliasing(query == key, key == value),
            embedDimToCheck,
            numHeads,
            new dev.shapesense.tensor.rules.AttentionRules.Weights(
                mhaArg(inProjWeight),
                mhaArg(inProjBias),
                mhaArg(qProjWeight),
                mhaArg(kProjWeight),
                mhaArg(vProjWeight),
                mhaArg(biasK),
                mhaArg(biasV),
                mhaArg(outProjWeight),
                mhaArg(outProjBias)),
            addZeroAttn,
            mhaArg(keyPaddingMask),
            needWeights,
            mhaArg(attnMask),
            useSeparateProjWeight,
            true);
    if (query.hasData()) {
      Tensor[] t =
          CpuAttention.forward(
              query,
              key,
              value,
              numHeads,
              new CpuAttention.Weights(
                  useSeparateProjWeight ? null : inProjWeight,
                  inProjBias,
                  qProjWeight,
                  kProjWeight,
                  vProjWeight,
                  biasK,
                  biasV,
                  outProjWeight,
                  outProjBias),
              addZeroAttn,
              dropoutP,
              training,
              keyPaddingMask,
              needWeights,
              attnMask,
              true,
              r.output(),
              r.weights());
      return new MultiheadAttention.Output(t[0], t[1]);
    }
    Tensor[] in = {query, key, value, keyPaddingMask, attnMask};
    return new MultiheadAttention.Output(
        Tensor.result(r.output(), query.dtype(), in),
        r.weights() == null ? null : Tensor.result(r.weights(), query.dtype(), in));
  }

  private static dev.shapesense.tensor.rules.AttentionRules.Arg mhaArg(Tensor t) {
    return t == null
        ? null
        : new dev.shapesense.tensor.rules.AttentionRules.Arg(t.shape(), t.dtype());
  }
}
