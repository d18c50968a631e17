package dev.shapesense.nn;

import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.Tensors;
import java.util.List;

/**
 * The CPU forward of {@code F.multi_head_attention_forward}, composed of CPU tensor ops in
 * PyTorch's order: projections, bias_k/bias_v, heads, add_zero_attn, masks (bool masks give -inf,
 * float masks add), scaled dot product, softmax, dropout, output projection. Inputs are time-major
 * ({@code [L, N, E]} or unbatched {@code [L, E]}); the results take the rule's shapes.
 */
final class CpuAttention {
  private CpuAttention() {}

  /** The projection weights and options of one call; absent tensors are null. */
  record Weights(
      Tensor inProjWeight,
      Tensor inProjBias,
      Tensor qProjWeight,
      Tensor kProjWeight,
      Tensor vProjWeight,
      Tensor biasK,
      Tensor biasV,
      Tensor outProjWeight,
      Tensor outProjBias) {}

  /** {output, weights (null unless needed)} with the given rule shapes. */
  static Tensor[] forward(
      Tensor query,
      Tensor key,
      Tensor value,
      long numHeads,
      Weights w,
      boolean addZeroAttn,
      double dropoutP,
      boolean training,
      Tensor keyPaddingMask,
      boolean needWeights,
      Tensor attnMask,
      boolean averageWeights,
      Shape outShape,
      Shape weightsShape) {
    boolean batched = query.dim() == 3;
    Tensor q = batched ? query : query.unsqueeze(1);
    Tensor k = batched ? key : key.unsqueeze(1);
    Tensor v = batched ? value : value.unsqueeze(1);
    if (!batched && keyPaddingMask != null) {
      keyPaddingMask = keyPaddingMask.unsqueeze(0);
    }
    long tgtLen = q.size(0);
    long bsz = q.size(1);
    long embed = q.size(2);
    long headDim = embed / numHeads;
    Tensor bq = null;
    Tensor bk = null;
    Tensor bv = null;
    if (w.inProjBias() != null) {
      List<Tensor> b = w.inProjBias().chunk(3);
      bq = b.get(0);
      bk = b.get(1);
      bv = b.get(2);
    }
    if (w.inProjWeight() != null) {
      List<Tensor> ws = w.inProjWeight().chunk(3);
      q = F.linear(q, ws.get(0), bq);
      k = F.linear(k, ws.get(1), bk);
      v = F.linear(v, ws.get(2), bv);
    } else {
      q = F.linear(q, w.qProjWeight(), bq);
      k = F.linear(k, w.kProjWeight(), bk);
      v = F.linear(v, w.vProjWeight(), bv);
    }
    if (w.biasK() != null) {
      k = Tensors.cat(List.of(k, w.biasK().repeat(1, bsz, 1)), 0);
      v = Tensors.cat(List.of(v, w.biasV().repeat(1, bsz, 1)), 0);
      attnMask = padLast(attnMask);
      keyPaddingMask = padLast(keyPaddingMask);
    }
    // [L, N, E] -> [N * H, L, head_dim]
    q = q.reshape(tgtLen, bsz * numHeads, headDim).transpose(0, 1);
    k = k.reshape(k.size(0), bsz * numHeads, headDim).transpose(0, 1);
    v = v.reshape(v.size(0), bsz * numHeads, headDim).transpose(0, 1);
    if (addZeroAttn) {
      k =
          Tensors.cat(
              List.of(
                  k, Tensors.zeros(dev.shapesense.tensor.Device.CPU, bsz * numHeads, 1, headDim)),
              1);
      v =
          Tensors.cat(
              List.of(
                  v, Tensors.zeros(dev.shapesense.tensor.Device.CPU, bsz * numHeads, 1, headDim)),
              1);
      attnMask = padLast(attnMask);
      keyPaddingMask = padLast(keyPaddingMask);
    }
    long srcLen = k.size(1);
    Tensor scores = q.div(Math.sqrt(headDim)).bmm(k.transpose(1, 2));
    if (attnMask != null) {
      Tensor m = attnMask.dim() == 2 ? attnMask.unsqueeze(0) : attnMask;
      scores = applyMask(scores, m);
    }
    if (keyPaddingMask != null) {
      Tensor m =
          keyPaddingMask
              .view(bsz, 1, 1, srcLen)
              .expand(bsz, numHeads, 1, srcLen)
              .reshape(bsz * numHeads, 1, srcLen);
      scores = applyMask(scores, m);
    }
    Tensor attn = scores.softmax(-1);
    Tensor dropped = dropoutP > 0 ? F.dropout(attn, dropoutP, training) : attn;
    Tensor out = dropped.bmm(v).transpose(0, 1).contiguous().view(tgtLen * bsz, embed);
    out = F.linear(out, w.outProjWeight(), w.outProjBias()).view(tgtLen, bsz, embed);
    Tensor weights = null;
    if (needWeights) {
      weights = attn.view(bsz, numHeads, tgtLen, srcLen);
      if (averageWeights) {
        weights = weights.mean(1);
      }
      weights = weights.reshape(weightsShape);
    }
    return new Tensor[] {out.reshape(outShape), weights};
  }

  /** A bool mask fills -inf where set; a float mask is added. */
  private static Tensor applyMask(Tensor scores, Tensor mask) {
    return mask.dtype() == DType.BOOL
        ? scores.maskedFill(mask, Double.NEGATIVE_INFINITY)
        : scores.add(mask);
  }

  /** {@code F.pad(mask, (0, 1))}: one more key position, not masked. */
  private static Tensor padLast(Tensor mask) {
    return mask == null ? null : F.pad(mask, 0, 1);
  }
}
