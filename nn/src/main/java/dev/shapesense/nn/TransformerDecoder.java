package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;

/**
 * {@code nn.TransformerDecoder(decoder_layer, num_layers)}: {@code num_layers} deep copies of the
 * layer as child {@code layers}, then the optional {@code norm}. Maps {@code tgt} (with {@code
 * memory}) to {@code tgt}'s shape.
 */
public class TransformerDecoder extends Module {
  private final ModuleList layers;
  private final int numLayers;
  private Module norm;

  public TransformerDecoder(TransformerDecoderLayer decoderLayer, int numLayers) {
    this.numLayers = numLayers;
    layers = addModule("layers", clones(decoderLayer, numLayers));
  }

  public TransformerDecoder(TransformerDecoderLayer decoderLayer, int numLayers, Module norm) {
    this(decoderLayer, numLayers);
    norm(norm);
  }

  /** PyTorch's {@code _get_clones}: a ModuleList of {@code n} deep copies. */
  static ModuleList clones(Module layer, int n) {
    ModuleList list = new ModuleList();
    for (int i = 0; i < n; i++) {
      list.add(ModuleCopies.copy(layer));
    }
    return list;
  }

  /** The final norm ({@code norm=}); null for none. */
  public TransformerDecoder norm(Module norm) {
    this.norm = norm;
    if (norm != null) {
      addModule("norm", norm);
    }
    return this;
  }

  public ModuleList layers() {
    return layers;
  }

  public int numLayers() {
    return numLayers;
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
      Tensor tgt,
      Tensor memory,
      Tensor tgtMask,
      Tensor memoryMask,
      Tensor tgtKeyPaddingMask,
      Tensor memoryKeyPaddingMask) {
    Tensor output = tgt;
    for (Module m : layers) {
      output =
          ((TransformerDecoderLayer) m)
              .forward(
                  output, memory, tgtMask, memoryMask, tgtKeyPaddingMask, memoryKeyPaddingMask);
    }
    if (norm != null) {
      output = norm.call(output);
    }
    return fire(output, tgt, memory);
  }
}
