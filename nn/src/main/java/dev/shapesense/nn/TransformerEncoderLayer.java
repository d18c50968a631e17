package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;

/**
 * {@code nn.TransformerEncoderLayer(d_model, nhead)}: self-attention then feed-forward, each with a
 * residual and a LayerNorm (before the block with norm_first). Maps {@code src} {@code [S, N, E]}
 * ({@code [N, S, E]} with batch_first, {@code [S, E]} unbatched) to the same shape. Children in
 * PyTorch's order: self_attn, linear1, dropout, linear2, norm1, norm2, dropout1, dropout2, and
 * activation when it is a module. Forward calls each child through its forward, so hooks fire in
 * PyTorch's order (the inference fast path is not modelled).
 */
public class TransformerEncoderLayer extends TransformerLayerBase<TransformerEncoderLayer> {
  private MultiheadAttention selfAttn;
  private Linear linear1;
  private Dropout dropout;
  private Linear linear2;
  private LayerNorm norm1;
  private LayerNorm norm2;
  private Dropout dropout1;
  private Dropout dropout2;

  public TransformerEncoderLayer(long dModel, long nhead) {
    super(dModel, nhead);
    build();
  }

  public TransformerEncoderLayer(long dModel, long nhead, long dimFeedforward) {
    this(dModel, nhead);
    dimFeedforward(dimFeedforward);
  }

  public TransformerEncoderLayer(long dModel, long nhead, long dimFeedforward, double dropout) {
    this(dModel, nhead, dimFeedforward);
    dropout(dropout);
  }

  public TransformerEncoderLayer(
      long dModel, long nhead, long dimFeedforward, double dropout, String activation) {
    this(dModel, nhead, dimFeedforward, dropout);
    activation(activation);
  }

  public TransformerEncoderLayer(
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
    linear1 = addModule("linear1", new Linear(c.dModel, c.dimFeedforward));
    dropout = addModule("dropout", new Dropout(c.dropout));
    linear2 = addModule("linear2", new Linear(c.dimFeedforward, c.dModel));
    norm1 = addModule("norm1", c.norm());
    norm2 = addModule("norm2", c.norm());
    dropout1 = addModule("dropout1", new Dropout(c.dropout));
    dropout2 = addModule("dropout2", new Dropout(c.dropout));
    if (c.activationModule != null) {
      addModule("activation", c.activationModule);
    }
    train(isTraining());
  }

  public MultiheadAttention selfAttn() {
    return selfAttn;
  }

  /** A deep copy with the same configuration and mode, as {@code copy.deepcopy} makes one. */
  public TransformerEncoderLayer copy() {
    return copyInto(new TransformerEncoderLayer(c.dModel, c.nhead));
  }

  public Tensor forward(Tensor src) {
    return forward(src, null, null);
  }

  public Tensor forward(Tensor src, Tensor srcMask) {
    return forward(src, srcMask, null);
  }

  public Tensor forward(Tensor src, Tensor srcMask, Tensor srcKeyPaddingMask) {
    TransformerLayerConfig.checkKeyPaddingMask(srcKeyPaddingMask);
    Tensor x = src;
    if (c.normFirst) {
      x = x.add(saBlock(norm1.forward(x), srcMask, srcKeyPaddingMask));
      x = x.add(ffBlock(norm2.forward(x)));
    } else {
      x = norm1.forward(x.add(saBlock(x, srcMask, srcKeyPaddingMask)));
      x = norm2.forward(x.add(ffBlock(x)));
    }
    return fire(x, src);
  }

  private Tensor saBlock(Tensor x, Tensor attnMask, Tensor keyPaddingMask) {
    Tensor out = selfAttn.forward(x, x, x, keyPaddingMask, false, attnMask).output();
    return dropout1.forward(out);
  }

  private Tensor ffBlock(Tensor x) {
    x = linear2.forward(dropout.forward(c.activate(linear1.forward(x))));
    return dropout2.forward(x);
  }
}
