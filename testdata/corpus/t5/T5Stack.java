import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

public class T5Stack extends Module {
    private final Embedding embed_tokens;
    private final boolean is_decoder;
    private final ModuleList block = new ModuleList();
    private final T5LayerNorm final_layer_norm;
    private final Dropout dropout;

    public T5Stack(T5Config config, Embedding embedTokens) {
        embed_tokens = embedTokens;
        is_decoder = config.isDecoder();
        for (int i = 0; i < config.numLayers(); i++) {
            block.append(new T5Block(config, i == 0));
        }
        final_layer_norm = new T5LayerNorm(config.dModel(), config.layerNormEpsilon());
        dropout = new Dropout(config.dropoutRate());
    }

    public Tensor forward(Tensor inputIds) {
        long batchSize = inputIds.size(0);
        long seqLength = inputIds.size(1);
        Tensor inputsEmbeds = embed_tokens.forward(inputIds);

        Tensor attentionMask = Tensors.ones(batchSize, seqLength);
        // [batch_size, seq_length] -> [batch_size, 1, 1, seq_length], 0 where attended
        Tensor extendedAttentionMask = attentionMask.index(Index.all(), Index.none(), Index.none(), Index.all())
                .mul(-1.0).add(1.0).mul(-3.4028234663852886e38);

        Tensor positionBias = null;
        Tensor hiddenStates = dropout.forward(inputsEmbeds);

        for (Module m : block) {
            T5Block layerModule = (T5Block) m;
            T5Block.Output layerOutputs = layerModule.forward(hiddenStates, extendedAttentionMask, positionBias);
            hiddenStates = layerOutputs.hiddenStates();
            // We share the position biases between the layers - the first layer store them
            positionBias = layerOutputs.positionBias();
        }

        hiddenStates = final_layer_norm.forward(hiddenStates);
        hiddenStates = dropout.forward(hiddenStates);
        return hiddenStates;
    }
}
