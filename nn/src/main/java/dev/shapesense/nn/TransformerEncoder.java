package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;

/**
 * {@code nn.TransformerEncoder(encoder_layer, num_layers)}: {@code num_layers} deep copies of the
 * layer as child {@code layers} (a ModuleList: {@code layers.0}, {@code layers.1}, ...), then the
 * optional {@code norm}. Maps {@code src} to its own shape. The nested-tensor fast path is not
 * modelled; it changes no shape.
 */
public class TransformerEncoder extends Module {
  private final ModuleList layers;
  private final int numLayers;
  private Module norm;
  private boolean enableNestedTensor = true;
  private boolean maskCheck = true;

  public TransformerEncoder(TransformerEncoderLayer encoderLayer, int numLayers) {
    this.numLayers = numLayers;
    layers = addModule("layers", TransformerDecoder.clones(encoderLayer, numLayers));
  }

  public TransformerEncoder(TransformerEncoderLayer encoderLayer, int numLayers, Module norm) {
    this(encoderLayer, numLayers);
    norm(norm);
  }

  /** The final norm ({@code norm=}); null for none. */
  public TransformerEncoder norm(Module norm) {
    this.norm = norm;
    if (norm != null) {
      addModule("norm", norm);
    }
    return this;
  }

  public TransformerEncoder enableNestedTensor(boolean enableNestedTensor) {
    this.enableNestedTensor = enableNestedTensor;
    return this;
  }

  public TransformerEncoder maskCheck(boolean maskCheck) {
    this.maskCheck = maskCheck;
    return this;
  }

  public ModuleList layers() {
    return layers;
  }

  public int numLayers() {
    return numLayers;
  }

  public Tensor forward(Tensor src) {
    return forward(src, null, null);
  }

  public Tensor forward(Tensor src, Tensor mask) {
    return forward(src, mask, null);
  }

  public Tensor forward(Tensor src, Tensor mask, Tensor srcKeyPaddingMask) {
    TransformerLayerConfig.checkKeyPaddingMask(srcKeyPaddingMask);
    if (layers.size() == 0) {
      throw new dev.shapesense.tensor.ShapeError("IndexError", "index 0 is out of range");
    }
    Tensor output = src;
    for (Module m : layers) {
      output = ((TransformerEncoderLayer) m).forward(output, mask, srcKeyPaddingMask);
    }
    if (norm != null) {
      output = norm.call(output);
    }
    return fire(output, src);
  }
}
