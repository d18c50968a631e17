import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** Construct the embeddings from word, position and token_type embeddings. */
public class BertEmbeddings extends Module {
    private final Embedding word_embeddings;
    private final Embedding position_embeddings;
    private final Embedding token_type_embeddings;
    private final LayerNorm LayerNorm;
    private final Dropout dropout;
    final Tensor position_ids;
    final Tensor token_type_ids;

    public BertEmbeddings(BertConfig config) {
        word_embeddings = new Embedding(config.vocabSize(), config.hiddenSize()).paddingIdx(config.padTokenId());
        position_embeddings = new Embedding(config.maxPositionEmbeddings(), config.hiddenSize());
        token_type_embeddings = new Embedding(config.typeVocabSize(), config.hiddenSize());
        // self.LayerNorm is not snake-cased to stick with TensorFlow model variable name
        LayerNorm = new LayerNorm(new long[] {config.hiddenSize()}, config.layerNormEps());
        dropout = new Dropout(config.hiddenDropoutProb());
        position_ids = registerBuffer("position_ids", Tensors.arange(config.maxPositionEmbeddings()).expand(1, -1));
        token_type_ids = registerBuffer("token_type_ids", Tensors.zeros(DType.INT64, position_ids.size(0), position_ids.size(1)));
    }

    public Tensor forward(Tensor inputIds, Tensor tokenTypeIds) {
        long seqLength = inputIds.size(1);
        Tensor positionIds = position_ids.slice(1, 0, seqLength);

        Tensor inputsEmbeds = word_embeddings.forward(inputIds);
        Tensor tokenTypeEmbeddings = token_type_embeddings.forward(tokenTypeIds);

        Tensor embeddings = inputsEmbeds.add(tokenTypeEmbeddings);
        Tensor positionEmbeddings = position_embeddings.forward(positionIds);
        embeddings = embeddings.add(positionEmbeddings);
        embeddings = LayerNorm.forward(embeddings);
        embeddings = dropout.forward(embeddings);
        return embeddings;
    }
}
