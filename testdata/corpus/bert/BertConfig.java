/** The fields of transformers' BertConfig used here, small (bert-base: 30522, 768, 12, 12, 3072, 512). */
public record BertConfig(int vocabSize, int hiddenSize, int numHiddenLayers, int numAttentionHeads,
        int intermediateSize, double hiddenDropoutProb, double attentionProbsDropoutProb,
        int maxPositionEmbeddings, int typeVocabSize, double layerNormEps, int padTokenId) {
    public BertConfig() {
        this(512, 64, 2, 4, 256, 0.1, 0.1, 64, 2, 1e-12, 0);
    }
}
