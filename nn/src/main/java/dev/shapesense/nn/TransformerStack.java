package dev.shapesense.nn;

import dev.shapesense.tensor.ShapeError;
import dev.shapesense.tensor.Tensor;

/**
 * Base of {@code nn.TransformerEncoder} and {@code nn.TransformerDecoder}: {@code num_layers} deep
 * copies of the layer as child {@code layers} (a ModuleList: {@code layers.0}, {@code layers.1},
 * ...), then the optional {@code norm}; {@link #run} is both forwards.
 */
public abstract class TransformerStack extends Module {
  private final ModuleList layers;
  private final int numLayers;
  private final boolean decoder;
  private Module norm;

  TransformerStack(Module layer, int numLayers, boolean decoder) {
    this.numLayers = numLayers;
    this.decoder = decoder;
    layers = addModule("layers", clones(layer, numLayers));
  }

  /** PyTorch's {@code _get_clones}: a ModuleList of {@code n} deep copies. */
  static ModuleList clones(Module layer, int n) {
    ModuleList list = new ModuleList();
    for (int i = 0; i < n; i++) {
      list.add(ModuleCopies.copy(layer));
    }
    return list;
  }

  /** Sets the final norm ({@code norm=}; null for none) and registers it as child {@code norm}. */
  final void setNorm(Module norm) {
    this.norm = norm;
    if (norm != null) {
      addModule("norm", norm);
    }
  }

  public ModuleList layers() {
    return layers;
  }

  public int numLayers() {
    return numLayers;
  }

  /**
   * The forward: the encoder's {@code (src, mask, src_key_padding_mask)}, or the decoder's {@code
   * (tgt, memory, tgt_mask, memory_mask, tgt_key_padding_mask, memory_key_padding_mask)}, each null
   * when not given. Every layer maps the output of the one before; the norm maps the last.
   */
  final Tensor run(Tensor... in) {
    if (!decoder) {
      TransformerLayerConfig.checkKeyPaddingMask(in[2]);
      if (layers.size() == 0) {
        throw new ShapeError("IndexError", "index 0 is out of range");
      }
    }
    Tensor output = in[0];
    for (Module m : layers) {
      output =
          decoder
              ? ((TransformerDecoderLayer) m).forward(output, in[1], in[2], in[3], in[4], in[5])
              : ((TransformerEncoderLayer) m).forward(output, in[1], in[2]);
    }
    if (norm != null) {
      output = norm.call(output);
    }
    return decoder ? fire(output, in[0], in[1]) : fire(output, in[0]);
  }
}
