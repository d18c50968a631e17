import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

public class BertSelfAttention extends Module {
    private final int num_attention_heads;
    private final int attention_head_size;
    private final int all_head_size;
    private final Linear query;
    private final Linear key;
    private final Linear value;
    private final Dropout dropout;

    public BertSelfAttention(BertConfig config) {
        if (config.hiddenSize() % config.numAttentionHeads() != 0) {
            throw new IllegalArgumentException("The hidden size (" + config.hiddenSize()
                    + ") is not a multiple of the number of attention heads (" + config.numAttentionHeads() + ")");
        }
        num_attention_heads = config.numAttentionHeads();
        attention_head_size = config.hiddenSize() / config.numAttentionHeads();
        all_head_size = num_attention_heads * attention_head_size;

        query = new Linear(config.hiddenSize(), all_head_size);
        key = new Linear(config.hiddenSize(), all_head_size);
        value = new Linear(config.hiddenSize(), all_head_size);

        dropout = new Dropout(config.attentionProbsDropoutProb());
    }

    private Tensor transposeForScores(Tensor x) {
        x = x.view(x.size(0), x.size(1), num_attention_heads, attention_head_size);
        return x.permute(0, 2, 1, 3);
    }

    public Tensor forward(Tensor hiddenStates, Tensor attentionMask) {
        Tensor mixedQueryLayer = query.forward(hiddenStates);

        Tensor keyLayer = transposeForScores(key.forward(hiddenStates));
        Tensor valueLayer = transposeForScores(value.forward(hiddenStates));
        Tensor queryLayer = transposeForScores(mixedQueryLayer);

        // Take the dot product between "query" and "key" to get the raw attention scores.
        Tensor attentionScores = Tensors.matmul(queryLayer, keyLayer.transpose(-1, -2));
        attentionScores = attentionScores.div(Math.sqrt(attention_head_size));
        if (attentionMask != null) {
            // Apply the attention mask is (precomputed for all layers in BertModel forward() function)
            attentionScores = attentionScores.add(attentionMask);
        }

        // Normalize the attention scores to probabilities.
        Tensor attentionProbs = F.softmax(attentionScores, -1);

        // This is actually dropping out entire tokens to attend to, which might
        // seem a bit unusual, but is taken from the original Transformer paper.
        attentionProbs = dropout.forward(attentionProbs);

        Tensor contextLayer = Tensors.matmul(attentionProbs, valueLayer);

        contextLayer = contextLayer.permute(0, 2, 1, 3).contiguous();
        contextLayer = contextLayer.view(contextLayer.size(0), contextLayer.size(1), all_head_size);
        return contextLayer;
    }
}
