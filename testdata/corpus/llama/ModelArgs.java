/** meta-llama/llama ModelArgs, small (LLaMA-7B is dim 4096, 32 layers, 32 heads, vocab 32000). */
public record ModelArgs(int dim, int nLayers, int nHeads, int nKvHeads, int vocabSize, int multipleOf, double normEps, int maxSeqLen) {
    public ModelArgs() {
        this(64, 2, 4, 2, 512, 32, 1e-5, 64);
    }
}
