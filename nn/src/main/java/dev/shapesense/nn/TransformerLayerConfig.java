package dev.shapesense.nn;

import dev.shapesense.tensor.DType;
import dev.shapesense.tensor.ShapeError;
import dev.shapesense.tensor.Tensor;

/**
 * The configuration shared by {@link TransformerEncoderLayer} and {@link TransformerDecoderLayer},
 * with PyTorch's defaults, and the pieces both build from it.
 */
final class TransformerLayerConfig {
  final long dModel;
  final long nhead;
  long dimFeedforward = 2048;
  double dropout = 0.1;
  String activationName = "relu";
  Module activationModule;
  double layerNormEps = 1e-5;
  boolean batchFirst;
  boolean normFirst;

  TransformerLayerConfig(long dModel, long nhead) {
    this.dModel = dModel;
    this.nhead = nhead;
  }

  void copyFrom(TransformerLayerConfig o) {
    dimFeedforward = o.dimFeedforward;
    dropout = o.dropout;
    activationName = o.activationName;
    activationModule = o.activationModule == null ? null : ModuleCopies.copy(o.activationModule);
    layerNormEps = o.layerNormEps;
    batchFirst = o.batchFirst;
    normFirst = o.normFirst;
  }

  /** {@code _get_activation_fn}: "relu" or "gelu". */
  void activation(String name) {
    if (!name.equals("relu") && !name.equals("gelu")) {
      throw new ShapeError("activation should be relu/gelu, not " + name);
    }
    activationName = name;
    activationModule = null;
  }

  void activation(Module module) {
    activationModule = module;
    activationName = null;
  }

  MultiheadAttention attention() {
    return new MultiheadAttention(dModel, nhead).dropout(dropout).batchFirst(batchFirst);
  }

  LayerNorm norm() {
    return new LayerNorm(dModel).eps(layerNormEps);
  }

  Tensor activate(Tensor x) {
    if (activationModule != null) {
      return activationModule.call(x);
    }
    return activationName.equals("gelu") ? F.gelu(x) : F.relu(x);
  }

  /** The layers' own check of a key padding mask's dtype. */
  static void checkKeyPaddingMask(Tensor mask) {
    if (mask != null && mask.dtype() != DType.BOOL && !mask.dtype().isFloatingPoint()) {
      throw new ShapeError(
          "AssertionError", "only bool and floating types of key_padding_mask are supported");
    }
  }
}
