package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;
import java.util.function.UnaryOperator;

/**
 * {@link TransformerEncoderLayer} and {@link TransformerDecoderLayer}: their configuration, with
 * PyTorch's defaults, and its fluent setters (each rebuilds the layer's children from the new
 * configuration), their children and their forward. Each sublayer (self-attention, the decoder's
 * attention over {@code memory}, feed-forward) has a residual and a LayerNorm, before the block
 * with norm_first. Children in PyTorch's order: self_attn, (multihead_attn,) linear1, dropout,
 * linear2, norm1.., dropout1.., and activation when it is a module. Forward calls each child
 * through its forward, so hooks fire in PyTorch's order (the inference fast path is not modelled).
 *
 * @param <T> the concrete layer, which every fluent setter returns
 */
public abstract class TransformerLayerBase<T extends TransformerLayerBase<T>> extends Module {
  final TransformerLayerConfig c;

  /** A decoder layer's: it attends over memory too, with a third norm and dropout. */
  private final boolean decoder;

  private MultiheadAttention selfAttn;
  private MultiheadAttention multiheadAttn;
  private Linear linear1;
  private Dropout dropout;
  private Linear linear2;
  private LayerNorm[] norms;
  private Dropout[] dropouts;

  TransformerLayerBase(long dModel, long nhead, boolean decoder) {
    c = new TransformerLayerConfig(dModel, nhead);
    this.decoder = decoder;
    build();
  }

  /** Registers the children, in PyTorch's order, from {@link #c}. */
  final void build() {
    selfAttn = addModule("self_attn", c.attention());
    if (decoder) {
      multiheadAttn = addModule("multihead_attn", c.attention());
    }
    linear1 = addModule("linear1", new Linear(c.dModel, c.dimFeedforward));
    dropout = addModule("dropout", new Dropout(c.dropout));
    linear2 = addModule("linear2", new Linear(c.dimFeedforward, c.dModel));
    int sublayers = decoder ? 3 : 2;
    norms = new LayerNorm[sublayers];
    for (int i = 0; i < sublayers; i++) {
      norms[i] = addModule("norm" + (i + 1), c.norm());
    }
    dropouts = new Dropout[sublayers];
    for (int i = 0; i < sublayers; i++) {
      dropouts[i] = addModule("dropout" + (i + 1), new Dropout(c.dropout));
    }
    if (c.activationModule != null) {
      addModule("activation", c.activationModule);
    }
    train(isTraining());
  }

  public MultiheadAttention selfAttn() {
    return selfAttn;
  }

  /** The encoder layer's forward: self-attention, then feed-forward. */
  final Tensor encode(Tensor src, Tensor srcMask, Tensor srcKeyPaddingMask) {
    TransformerLayerConfig.checkKeyPaddingMask(srcKeyPaddingMask);
    Tensor x = sublayer(0, src, y -> attend(selfAttn, 0, y, y, srcMask, srcKeyPaddingMask));
    x = sublayer(1, x, this::feedForward);
    return fire(x, src);
  }

  /** The decoder layer's forward: self-attention, attention over memory, then feed-forward. */
  final Tensor decode(
      Tensor tgt,
      Tensor memory,
      Tensor tgtMask,
      Tensor memoryMask,
      Tensor tgtKeyPaddingMask,
      Tensor memoryKeyPaddingMask) {
    Tensor x = sublayer(0, tgt, y -> attend(selfAttn, 0, y, y, tgtMask, tgtKeyPaddingMask));
    x = sublayer(1, x, y -> attend(multiheadAttn, 1, y, memory, memoryMask, memoryKeyPaddingMask));
    x = sublayer(2, x, this::feedForward);
    return fire(x, tgt, memory);
  }

  /**
   * Sublayer {@code i} with its residual and norm: before the block with norm_first, else after.
   */
  private Tensor sublayer(int i, Tensor x, UnaryOperator<Tensor> block) {
    return c.normFirst
        ? x.add(block.apply(norms[i].forward(x)))
        : norms[i].forward(x.add(block.apply(x)));
  }

  /** Attention of {@code x} over {@code kv} (keys and values), then dropout {@code i}. */
  private Tensor attend(
      MultiheadAttention attn, int i, Tensor x, Tensor kv, Tensor attnMask, Tensor keyPaddingMask) {
    return dropouts[i].forward(attn.forward(x, kv, kv, keyPaddingMask, false, attnMask).output());
  }

  /** The feed-forward block, then the last dropout. */
  private Tensor feedForward(Tensor x) {
    x = linear2.forward(dropout.forward(c.activate(linear1.forward(x))));
    return dropouts[dropouts.length - 1].forward(x);
  }

  @SuppressWarnings("unchecked")
  private T rebuilt() {
    build();
    return (T) this;
  }

  public T dimFeedforward(long dimFeedforward) {
    c.dimFeedforward = dimFeedforward;
    return rebuilt();
  }

  public T dropout(double dropout) {
    c.dropout = dropout;
    return rebuilt();
  }

  /** {@code activation="relu"} or {@code "gelu"}. */
  public T activation(String activation) {
    c.activation(activation);
    return rebuilt();
  }

  /** An activation module, registered as child {@code activation}. */
  public T activation(Module activation) {
    c.activation(activation);
    return rebuilt();
  }

  public T layerNormEps(double layerNormEps) {
    c.layerNormEps = layerNormEps;
    return rebuilt();
  }

  public T batchFirst(boolean batchFirst) {
    c.batchFirst = batchFirst;
    return rebuilt();
  }

  public T normFirst(boolean normFirst) {
    c.normFirst = normFirst;
    return rebuilt();
  }

  public boolean normFirst() {
    return c.normFirst;
  }

  /** {@code copy}, a new layer of the same size, given this layer's configuration and mode. */
  final T copyInto(T copy) {
    copy.c.copyFrom(c);
    copy.build();
    copy.train(isTraining());
    return copy;
  }
}
