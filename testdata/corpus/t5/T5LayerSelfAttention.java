import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

public class T5LayerSelfAttention extends Module {
    public record Output(Tensor hiddenStates, Tensor positionBias) {}

    private final T5Attention SelfAttention;
    private final T5LayerNorm layer_norm;
    private final Dropout dropout;

    public T5LayerSelfAttention(T5Config config, boolean hasRelativeAttentionBias) {
        SelfAttention = new T5Attention(config, hasRelativeAttentionBias);
        layer_norm = new T5LayerNorm(config.dModel(), config.layerNormEpsilon());
        dropout = new Dropout(config.dropoutRate());
    }

    public Output forward(Tensor hiddenStates, Tensor attentionMask, Tensor positionBias) {
        Tensor normedHiddenStates = layer_norm.forward(hiddenStates);
        T5Attention.Output attentionOutput = SelfAttention.forward(normedHiddenStates, attentionMask, positionBias);
        hiddenStates = hiddenStates.add(dropout.forward(attentionOutput.attnOutput()));
        return new Output(hiddenStates, attentionOutput.positionBias());
    }
}
