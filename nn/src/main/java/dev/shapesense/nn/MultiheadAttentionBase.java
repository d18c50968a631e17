package dev.shapesense.nn;

import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.Shape;
import dev.shapesense.tensor.ShapeError;
import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.rules.AttentionRules;
import dev.shapesense.tensor.rules.AttentionRules.Arg;
import dev.shapesense.tensor.rules.TransposeRules;
import java.util.List;

/**
 * Base of {@code nn.MultiheadAttention}: its options (each with PyTorch's default; the generated
 * class has the constructors and setters), its parameters as PyTorch registers them ({@link
 * #configure}), the getters and the forwards.
 */
public abstract class MultiheadAttentionBase extends Module {
  private static final List<String> OWN =
      List.of(
          "q_proj_weight",
          "k_proj_weight",
          "v_proj_weight",
          "in_proj_weight",
          "in_proj_bias",
          "bias_k",
          "bias_v");

  private final long embedDim;
  private final long numHeads;
  double dropout;
  boolean bias = true;
  boolean addBiasKv;
  boolean addZeroAttn;
  Long kdim;
  Long vdim;
  boolean batchFirst;
  private NonDynamicallyQuantizableLinear outProj;

  MultiheadAttentionBase(long embedDim, long numHeads) {
    this.embedDim = embedDim;
    this.numHeads = numHeads;
    configure();
  }

  /** {@code _reset_parameters}: projections xavier-uniform, in-projection bias zeros. */
  @Override
  protected void initialise(String name, Parameter p) {
    if (name.endsWith("weight")) {
      Init.xavierUniform(p);
    } else if (name.startsWith("bias_")) {
      Init.xavierNormal(p);
    }
  }

  /** PyTorch's constructor: the divisibility assertion, then parameters in registration order. */
  final void configure() {
    if (numHeads == 0) {
      throw new ShapeError("ZeroDivisionError", "integer division or modulo by zero");
    }
    if (Math.floorDiv(embedDim, numHeads) * numHeads != embedDim) {
      throw new ShapeError("AssertionError", "embed_dim must be divisible by num_heads");
    }
    for (String name : OWN) {
      registerParameter(name, null);
    }
    if (!qkvSameEmbedDim()) {
      registerParameter("q_proj_weight", Parameter.of(embedDim, embedDim));
      registerParameter("k_proj_weight", Parameter.of(embedDim, kdim()));
      registerParameter("v_proj_weight", Parameter.of(embedDim, vdim()));
    } else {
      registerParameter("in_proj_weight", Parameter.of(3 * embedDim, embedDim));
    }
    if (bias) {
      registerParameter("in_proj_bias", Parameter.of(3 * embedDim));
    }
    outProj = addModule("out_proj", new NonDynamicallyQuantizableLinear(embedDim, embedDim, bias));
    Init.fill(outProj.bias(), 0);
    if (addBiasKv) {
      registerParameter("bias_k", Parameter.of(1, 1, embedDim));
      registerParameter("bias_v", Parameter.of(1, 1, embedDim));
    }
  }

  public long embedDim() {
    return embedDim;
  }

  public long numHeads() {
    return numHeads;
  }

  public long headDim() {
    return Math.floorDiv(embedDim, numHeads);
  }

  public long kdim() {
    return kdim == null ? embedDim : kdim;
  }

  public long vdim() {
    return vdim == null ? embedDim : vdim;
  }

  public boolean batchFirst() {
    return batchFirst;
  }

  public double dropoutP() {
    return dropout;
  }

  public NonDynamicallyQuantizableLinear outProj() {
    return outProj;
  }

  private boolean qkvSameEmbedDim() {
    return kdim() == embedDim && vdim() == embedDim;
  }

  /**
   * PyTorch's {@code forward}, batch_first transposes included, without the inference fast path;
   * the generated class's forwards give the defaults of the arguments left out.
   */
  final MultiheadAttention.Output attend(
      Tensor query,
      Tensor key,
      Tensor value,
      Tensor keyPaddingMask,
      boolean needWeights,
      Tensor attnMask,
      boolean averageAttnWeights) {
    boolean batched = query.dim() == 3;
    if (keyPaddingMask != null) {
      DType t = keyPaddingMask.dtype();
      if (t != DType.BOOL && !t.isFloatingPoint()) {
        throw new ShapeError(
            "AssertionError", "only bool and floating types of key_padding_mask are supported");
      }
    }
    Shape q = query.shape();
    Shape k = key.shape();
    Shape v = value.shape();
    boolean transposed = batchFirst && batched;
    if (transposed) {
      q = TransposeRules.transpose(q, 1, 0);
      k = key == query ? q : TransposeRules.transpose(k, 1, 0);
      v = value == key ? k : TransposeRules.transpose(v, 1, 0);
    }
    AttentionRules.Result r =
        AttentionRules.multiHeadAttentionForward(
            new Arg(q, query.dtype()),
            new Arg(k, key.dtype()),
            new Arg(v, value.dtype()),
            aliasing(query, key, value, transposed),
            embedDim,
            numHeads,
            weights(),
            addZeroAttn,
            arg(keyPaddingMask),
            needWeights,
            arg(attnMask),
            !qkvSameEmbedDim(),
            averageAttnWeights);
    Shape out = transposed ? TransposeRules.transpose(r.output(), 1, 0) : r.output();
    if (query.hasData()) {
      var p = namedOwnParameters();
      Tensor qt = transposed ? query.transpose(1, 0) : query;
      Tensor kt = transposed ? (key == query ? qt : key.transpose(1, 0)) : key;
      Tensor vt = transposed ? (value == key ? kt : value.transpose(1, 0)) : value;
      Tensor[] t =
          CpuAttention.forward(
              qt,
              kt,
              vt,
              numHeads,
              new CpuAttention.Weights(
                  p.get("in_proj_weight"),
                  p.get("in_proj_bias"),
                  p.get("q_proj_weight"),
                  p.get("k_proj_weight"),
                  p.get("v_proj_weight"),
                  p.get("bias_k"),
                  p.get("bias_v"),
                  outProj.weight(),
                  outProj.bias()),
              addZeroAttn,
              dropout,
              isTraining(),
              keyPaddingMask,
              needWeights,
              attnMask,
              averageAttnWeights,
              r.output(),
              r.weights());
      Tensor o = transposed ? t[0].transpose(1, 0) : t[0];
      return fire(new MultiheadAttention.Output(o, t[1]), query, key, value);
    }
    Tensor[] inputs = {query, key, value, keyPaddingMask, attnMask};
    Tensor output = Tensor.result(out, query.dtype(), inputs);
    Tensor weights = r.weights() == null ? null : Tensor.result(r.weights(), query.dtype(), inputs);
    return fire(new MultiheadAttention.Output(output, weights), query, key, value);
  }

  /** Identity as F sees it: batch_first transposes keep only a full self-attention alias. */
  private static AttentionRules.Aliasing aliasing(
      Tensor query, Tensor key, Tensor value, boolean transposed) {
    boolean kv = key == value;
    boolean qk = query == key;
    return new AttentionRules.Aliasing(transposed ? qk && kv : qk, kv);
  }

  private AttentionRules.Weights weights() {
    // ownParameter, not namedOwnParameters(): no map built at every call.
    return new AttentionRules.Weights(
        arg(ownParameter("in_proj_weight")),
        arg(ownParameter("in_proj_bias")),
        arg(ownParameter("q_proj_weight")),
        arg(ownParameter("k_proj_weight")),
        arg(ownParameter("v_proj_weight")),
        arg(ownParameter("bias_k")),
        arg(ownParameter("bias_v")),
        arg(outProj.weight()),
        arg(outProj.bias()));
  }

  private static Arg arg(Tensor t) {
    return t == null ? null : new Arg(t.shape(), t.dtype());
  }
}
