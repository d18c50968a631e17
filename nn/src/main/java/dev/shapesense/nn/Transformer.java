package dev.shapesense.nn;

import dev.shapesense.tensor.Assumptions;
import dev.shapesense.tensor.Checks;
import dev.shapesense.tensor.Dim;
import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.rules.RecurrentRules;

/**
 * {@code nn.Transformer()}: an encoder stack ({@code encoder}, final LayerNorm) and a decoder stack
 * ({@code decoder}, final LayerNorm) with PyTorch's defaults (d_model 512, 8 heads, 6 + 6 layers,
 * feed-forward 2048). Maps src {@code [S, N, E]} and tgt {@code [T, N, E]} to {@code [T, N, E]}
 * ({@code N} first with batch_first).
 */
public class Transformer extends Module {
  private long dModel = 512;
  private long nhead = 8;
  private int numEncoderLayers = 6;
  private int numDecoderLayers = 6;
  private long dimFeedforward = 2048;
  private double dropout = 0.1;
  private String activation = "relu";
  private double layerNormEps = 1e-5;
  private boolean batchFirst;
  private boolean normFirst;
  private Module customEncoder;
  private Module customDecoder;
  private Module encoder;
  private Module decoder;

  public Transformer() {
    build();
  }

  public Transformer(long dModel, long nhead) {
    this.dModel = dModel;
    this.nhead = nhead;
    build();
  }

  public Transformer(long dModel, long nhead, int numEncoderLayers, int numDecoderLayers) {
    this.dModel = dModel;
    this.nhead = nhead;
    this.numEncoderLayers = numEncoderLayers;
    this.numDecoderLayers = numDecoderLayers;
    build();
  }

  public Transformer(
      long dModel, long nhead, int numEncoderLayers, int numDecoderLayers, long dimFeedforward) {
    this(dModel, nhead, numEncoderLayers, numDecoderLayers);
    dimFeedforward(dimFeedforward);
  }

  private void build() {
    if (customEncoder != null) {
      encoder = addModule("encoder", customEncoder);
    } else {
      TransformerEncoderLayer layer = configure(new TransformerEncoderLayer(dModel, nhead));
      encoder =
          addModule(
              "encoder",
              new TransformerEncoder(
                  layer, numEncoderLayers, new LayerNorm(dModel).eps(layerNormEps)));
    }
    if (customDecoder != null) {
      decoder = addModule("decoder", customDecoder);
    } else {
      TransformerDecoderLayer layer = new TransformerDecoderLayer(dModel, nhead);
      layer.dimFeedforward(dimFeedforward).dropout(dropout).activation(activation);
      layer.layerNormEps(layerNormEps).batchFirst(batchFirst).normFirst(normFirst);
      decoder =
          addModule(
              "decoder",
              new TransformerDecoder(
                  layer, numDecoderLayers, new LayerNorm(dModel).eps(layerNormEps)));
    }
    train(isTraining());
  }

  private TransformerEncoderLayer configure(TransformerEncoderLayer l) {
    return l.dimFeedforward(dimFeedforward)
        .dropout(dropout)
        .activation(activation)
        .layerNormEps(layerNormEps)
        .batchFirst(batchFirst)
        .normFirst(normFirst);
  }

  public Transformer dModel(long dModel) {
    this.dModel = dModel;
    build();
    return this;
  }

  public Transformer nhead(long nhead) {
    this.nhead = nhead;
    build();
    return this;
  }

  public Transformer numEncoderLayers(int n) {
    this.numEncoderLayers = n;
    build();
    return this;
  }

  public Transformer numDecoderLayers(int n) {
    this.numDecoderLayers = n;
    build();
    return this;
  }

  public Transformer dimFeedforward(long dimFeedforward) {
    this.dimFeedforward = dimFeedforward;
    build();
    return this;
  }

  public Transformer dropout(double dropout) {
    this.dropout = dropout;
    build();
    return this;
  }

  /** {@code activation="relu"} or {@code "gelu"}. */
  public Transformer activation(String activation) {
    this.activation = activation;
    build();
    return this;
  }

  public Transformer customEncoder(Module customEncoder) {
    this.customEncoder = customEncoder;
    build();
    return this;
  }

  public Transformer customDecoder(Module customDecoder) {
    this.customDecoder = customDecoder;
    build();
    return this;
  }

  public Transformer layerNormEps(double layerNormEps) {
    this.layerNormEps = layerNormEps;
    build();
    return this;
  }

  public Transformer batchFirst(boolean batchFirst) {
    this.batchFirst = batchFirst;
    build();
    return this;
  }

  public Transformer normFirst(boolean normFirst) {
    this.normFirst = normFirst;
    build();
    return this;
  }

  public Tensor forward(Tensor src, Tensor tgt) {
    return forward(src, tgt, null, null, null, null, null, null);
  }

  public Tensor forward(Tensor src, Tensor tgt, Tensor srcMask, Tensor tgtMask) {
    return forward(src, tgt, srcMask, tgtMask, null, null, null, null);
  }

  public Tensor forward(Tensor src, Tensor tgt, Tensor srcMask, Tensor tgtMask, Tensor memoryMask) {
    return forward(src, tgt, srcMask, tgtMask, memoryMask, null, null, null);
  }

  /** PyTorch's forward: the batch and feature checks, then encoder and decoder. */
  public Tensor forward(
      Tensor src,
      Tensor tgt,
      Tensor srcMask,
      Tensor tgtMask,
      Tensor memoryMask,
      Tensor srcKeyPaddingMask,
      Tensor tgtKeyPaddingMask,
      Tensor memoryKeyPaddingMask) {
    boolean batched = src.dim() == 3;
    int b = batchFirst ? 0 : 1;
    Dim sb = RecurrentRules.sizeAt(src.shape(), b);
    Dim tb = RecurrentRules.sizeAt(tgt.shape(), b);
    Assumptions into = new Assumptions();
    if (batched) {
      Checks.check(
          Dim.eq(sb, tb),
          () -> "the batch number of src and tgt must be equal",
          () -> sb + " == " + tb,
          into);
    }
    Dim sf = RecurrentRules.sizeAt(src.shape(), -1);
    Dim tf = RecurrentRules.sizeAt(tgt.shape(), -1);
    Checks.check(
        sf.eq(dModel).and(tf.eq(dModel)),
        () -> "the feature number of src and tgt must be equal to d_model",
        () -> sf + " == " + dModel + " and " + tf + " == " + dModel,
        into);
    Tensor memory =
        encoder instanceof TransformerEncoder e
            ? e.forward(src, srcMask, srcKeyPaddingMask)
            : (Tensor) encoder.callForward(src, srcMask, srcKeyPaddingMask);
    Tensor output =
        decoder instanceof TransformerDecoder d
            ? d.forward(tgt, memory, tgtMask, memoryMask, tgtKeyPaddingMask, memoryKeyPaddingMask)
            : (Tensor)
                decoder.callForward(
                    tgt, memory, tgtMask, memoryMask, tgtKeyPaddingMask, memoryKeyPaddingMask);
    if (!into.isEmpty()) {
      // The output rests on the batch and feature sizes this forward could not decide (symbolic
      // sizes, so a META tensor).
      output = Tensor.result(output.shape().assuming(into), output.dtype(), output);
    }
    return fire(output, src, tgt);
  }
}
