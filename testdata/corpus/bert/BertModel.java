import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/**
 * huggingface/transformers models/bert/modeling_bert.py's BertModel (embeddings, encoder, pooler),
 * encoder-only: no cross-attention, no past key values, absolute positions; each module returns
 * its tensor rather than a tuple. Small BertConfig (see BertConfig).
 */
public class BertModel extends Module {
    public record Output(Tensor lastHiddenState, Tensor poolerOutput) {}

    private final BertConfig config;
    private final BertEmbeddings embeddings;
    private final BertEncoder encoder;
    private final BertPooler pooler;

    public BertModel() {
        this(new BertConfig());
    }

    public BertModel(BertConfig config) {
        this.config = config;
        embeddings = new BertEmbeddings(config);
        encoder = new BertEncoder(config);
        pooler = new BertPooler(config);
    }

    /** The mask [batch, 1, 1, seq]: 0 where attended, the float minimum where masked. */
    private Tensor getExtendedAttentionMask(Tensor attentionMask) {
        Tensor extendedAttentionMask = attentionMask.index(Index.all(), Index.none(), Index.none(), Index.all());
        extendedAttentionMask = extendedAttentionMask.mul(-1.0).add(1.0).mul(-3.4028234663852886e38);
        return extendedAttentionMask;
    }

    public Output forward(@Dims(value = "N, L", dtype = DType.INT64) Tensor inputIds) {
        long batchSize = inputIds.size(0);
        long seqLength = inputIds.size(1);

        Tensor attentionMask = Tensors.ones(batchSize, seqLength);
        Tensor bufferedTokenTypeIds = embeddings.token_type_ids.slice(1, 0, seqLength);
        Tensor tokenTypeIds = bufferedTokenTypeIds.expand(batchSize, seqLength);

        Tensor extendedAttentionMask = getExtendedAttentionMask(attentionMask);

        Tensor embeddingOutput = embeddings.call(inputIds, tokenTypeIds);
        Tensor sequenceOutput = encoder.call(embeddingOutput, extendedAttentionMask);
        Tensor pooledOutput = pooler.call(sequenceOutput);
        return new Output(sequenceOutput, pooledOutput);
    }
}
