import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

public class T5Block extends Module {
    public record Output(Tensor hiddenStates, Tensor positionBias) {}

    private final boolean is_decoder;
    private final ModuleList layer = new ModuleList();

    public T5Block(T5Config config, boolean hasRelativeAttentionBias) {
        is_decoder = config.isDecoder();
        layer.append(new T5LayerSelfAttention(config, hasRelativeAttentionBias));
        layer.append(new T5LayerFF(config));
    }

    public Output forward(Tensor hiddenStates, Tensor attentionMask, Tensor positionBias) {
        T5LayerSelfAttention.Output selfAttentionOutputs =
                ((T5LayerSelfAttention) layer.get(0)).forward(hiddenStates, attentionMask, positionBias);
        hiddenStates = selfAttentionOutputs.hiddenStates();

        // Apply Feed Forward layer
        hiddenStates = layer.get(layer.size() - 1).call(hiddenStates);
        return new Output(hiddenStates, selfAttentionOutputs.positionBias());
    }
}
