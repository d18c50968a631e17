package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;

/**
 * {@code nn.TransformerDecoderLayer(d_model, nhead)}: self-attention, attention over {@code
 * memory}, then feed-forward, each with a residual and a LayerNorm (before the block with
 * norm_first). Maps {@code tgt} {@code [T, N, E]} ({@code [N, T, E]} with batch_first) and memory
 * {@code [S, N, E]} to {@code tgt}'s shape. Children in PyTorch's order: self_attn, multihead_attn,
 * linear1, dropout, linear2, norm1..3, dropout1..3, and activation when it is a module. The
 * inference fast path is not modelled.
 */
public class TransformerDecoderLayer extends TransformerLayerBase<TransformerDecoderLayer> {
  private MultiheadAttention selfAttn;
  private MultiheadAttention multiheadAttn;
  private Linear linear1;
  private Dropout dropout;
  private Linear linear2;
  private LayerNorm norm1;
  private LayerNorm norm2;
  private LayerNorm norm3;
  private Dropout dropout1;
  private Dropout dropout2;
  private Dropout dropout3;

  public TransformerDecoderLayer(long dModel, long nhead) {
    super(dModel, nhead);
    build();
  }

  public TransformerDecoderLayer(long dModel, long nhead, long dimFeedforward) {
    this(dModel, nhead);
    dimFeedforward(dimFeedforward);
  }

  public TransformerDecoderLayer(long dModel, long nhead, long dimFeedforward, double dropout) {
    this(dModel, nhead, dimFeedforward);
    dropout(dropout);
  }

  public TransformerDecoderLayer(
      long dModel, long nhead, long dimFeedforward, double dropout, String activation) {
    this(dModel, nhead, dimFeedforward, dropout);
    activation(activation);
  }

  public TransformerDecoderLayer(
      long dModel,
      long nhead,
      long dimFeedforward,
      double dropout,
      String activation,
      double layerNormEps,
      boolean batchFirst,
      boolean normFirst) {
    this(dModel, nhead, dimFeedforward, dropout, activation);
    layerNormEps(layerNormEps);
    batchFirst(batchFirst);
    normFirst(normFirst);
  }

  @Override
  void build() {
    selfAttn = addModule("self_attn", c.attention());
    multiheadAttn = addModule("multihead_attn", c.attention());
    linear1 = addModule("linear1", new Linear(c.dModel, c.dimFeedforward));
    dropout = addModule("dropout", new Dropout(c.dropout));
    linear2 = addModule("linear2", new Linear(c.dimFeedforward, c.dModel));
    norm1 = addModule("norm1", c.norm());
    norm2 = addModule("norm2", c.norm());
    norm3 = addModule("norm3", c.norm());
    dropout1 = addModule("dropout1", new Dropout(c.dropout));
    dropout2 = addModule("dropout2", new Dropout(c.dropout));
    dropout3 = addModule("dropout3", new Dropout(c.dropout));
    if (c.activationModule != null) {
      addModule("activation", c.activationModule);
    }
    train(isTraining());
  }

  /** A deep copy with the same configuration and mode, as {@code copy.deepcopy} makes one. */
  public TransformerDecoderLayer copy() {
    return copyInto(new TransformerDecoderLayer(c.dModel, c.nhead));
  }

  public Tensor forward(Tensor tgt, Tensor memory) {
    return forward(tgt, memory, null, null, null, null);
  }

  public Tensor forward(Tensor tgt, Tensor memory, Tensor tgtMask) {
    return forward(tgt, memory, tgtMask, null, null, null);
  }

  public Tensor forward(Tensor tgt, Tensor memory, Tensor tgtMask, Tensor memoryMask) {
    return forward(tgt, memory, tgtMask, memoryMask, null, null);
  }

  public Tensor forward(
      Tensor tgt, Tensor memory, Tensor tgtMask, Tensor memoryMask, Tensor tgtKeyPaddingMask) {
    return forward(tgt, memory, tgtMask, memoryMask, tgtKeyPaddingMask, null);
  }

  public Tensor forward(
      Tensor tgt,
      Tensor memory,
      Tensor tgtMask,
      Tensor memoryMask,
      Tensor tgtKeyPaddingMask,
      Tensor memoryKeyPaddingMask) {
    Tensor x = tgt;
    if (c.normFirst) {
      x = x.add(saBlock(norm1.forward(x), tgtMask, tgtKeyPaddingMask));
      x = x.add(mhaBlock(norm2.forward(x), memory, memoryMask, memoryKeyPaddingMask));
      x = x.add(ffBlock(norm3.forward(x)));
    } else {
      x = norm1.forward(x.add(saBlock(x, tgtMask, tgtKeyPaddingMask)));
      x = norm2.forward(x.add(mhaBlock(x, memory, memoryMask, memoryKeyPaddingMask)));
      x = norm3.forward(x.add(ffBlock(x)));
    }
    return fire(x, tgt, memory);
  }

  private Tensor saBlock(Tensor x, Tensor attnMask, Tensor keyPaddingMask) {
    return dropout1.forward(selfAttn.forward(x, x, x, keyPaddingMask, false, attnMask).output());
  }

  private Tensor mhaBlock(Tensor x, Tensor mem, Tensor attnMask, Tensor keyPaddingMask) {
    return dropout2.forward(
        multiheadAttn.forward(x, mem, mem, keyPaddingMask, false, attnMask).output());
  }

  private Tensor ffBlock(Tensor x) {
    x = linear2.forward(dropout.forward(c.activate(linear1.forward(x))));
    return dropout3.forward(x);
  }
}
