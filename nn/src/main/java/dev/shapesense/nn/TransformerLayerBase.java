package dev.shapesense.nn;

/**
 * Base of {@link TransformerEncoderLayer} and {@link TransformerDecoderLayer}: their shared
 * configuration, with PyTorch's defaults, and its fluent setters; each setter rebuilds the layer's
 * children from the new configuration.
 *
 * @param <T> the concrete layer, which every fluent setter returns
 */
public abstract class TransformerLayerBase<T extends TransformerLayerBase<T>> extends Module {
  final TransformerLayerConfig c;

  TransformerLayerBase(long dModel, long nhead) {
    c = new TransformerLayerConfig(dModel, nhead);
  }

  /** Registers the children, in PyTorch's order, from {@link #c}. */
  abstract void build();

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
