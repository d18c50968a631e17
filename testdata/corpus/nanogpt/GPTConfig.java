/** nanoGPT's GPTConfig dataclass, with small defaults (GPT-2 small is 1024, 50304, 12, 12, 768). */
public record GPTConfig(int blockSize, int vocabSize, int nLayer, int nHead, int nEmbd, double dropout, boolean bias) {
    public GPTConfig() {
        this(64, 512, 2, 4, 64, 0.0, true);
    }
}
