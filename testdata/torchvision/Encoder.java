import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** torchvision.models.vision_transformer.Encoder. */
public class Encoder extends Module {
    private final Parameter pos_embedding;
    private final Dropout dropout;
    private final Sequential layers = new Sequential();
    private final LayerNorm ln;

    public Encoder(int seqLength, int numLayers, int numHeads, int hiddenDim, int mlpDim, double dropout,
            double attentionDropout) {
        pos_embedding = new Parameter(Tensors.randn(1, seqLength, hiddenDim));
        this.dropout = new Dropout(dropout);
        for (int i = 0; i < numLayers; i++) {
            layers.add("encoder_layer_" + i,
                    new EncoderBlock(numHeads, hiddenDim, mlpDim, dropout, attentionDropout));
        }
        ln = new LayerNorm(hiddenDim).eps(1e-6);
    }

    public Tensor forward(@Dims("N, 197, 768") Tensor input) {
        input = input.add(pos_embedding);
        return ln.forward(layers.forward(dropout.forward(input)));
    }
}
