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
public class TransformerEncoderLayer extends Module {
  private final TransformerLayerConfig c;
  private MultiheadAttention selfAttn;
  private Linear linear1;
  private Dropout dropout;
  private Linear linear2;
  private LayerNorm norm1;
  private LayerNorm norm2;
  private Dropout dropout1;
  private Dropout dropout2;

  public TransformerEncoderLayer(long dModel, long nhead) {
    c = new TransformerLayerConfig(dModel, nhead);
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

  private void build() {
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

  public TransformerEncoderLayer dimFeedforward(long dimFeedforward) {
    c.dimFeedforward = dimFeedforward;
    build();
    return this;
  }

  public TransformerEncoderLayer dropout(double dropout) {
    c.dropout = dropout;
    build();
    return this;
  }

  /** {@code activation="relu"} or {@code "gelu"}. */
  public TransformerEncoderLayer activation(String activation) {
    c.activation(activation);
    build();
    return this;
  }

  /** An activation module, registered as child {@code activation}. */
  public TransformerEncoderLayer activation(Module activation) {
    c.activation(activation);
    build();
    return this;
  }

  public TransformerEncoderLayer layerNormEps(double layerNormEps) {
    c.layerNormEps = layerNormEps;
    build();
    return this;
  }

  public TransformerEncoderLayer batchFirst(boolean batchFirst) {
    c.batchFirst = batchFirst;
    build();
    return this;
  }

  public TransformerEncoderLayer normFirst(boolean normFirst) {
    c.normFirst = normFirst;
    build();
    return this;
  }

  public MultiheadAttention selfAttn() {
    return selfAttn;
  }

  public boolean normFirst() {
    return c.normFirst;
  }

  /** A deep copy with the same configuration and mode, as {@code copy.deepcopy} makes one. */
  public TransformerEncoderLayer copy() {
    TransformerEncoderLayer l = new TransformerEncoderLayer(c.dModel, c.nhead);
    l.c.copyFrom(c);
    l.build();
    l.train(isTraining());
    return l;
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
