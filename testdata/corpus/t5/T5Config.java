/** The fields of transformers' T5Config used here, small (t5-small: 32128, 512, 64, 2048, 6, 8). */
public record T5Config(int vocabSize, int dModel, int dKv, int dFf, int numLayers, int numHeads,
        int relativeAttentionNumBuckets, int relativeAttentionMaxDistance, double dropoutRate,
        double layerNormEpsilon, boolean isDecoder) {
    public T5Config() {
        this(512, 64, 16, 128, 2, 4, 32, 128, 0.1, 1e-6, false);
    }
}
