import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/**
 * nanoGPT's GPT (karpathy/nanoGPT model.py), inference path: logits for the last position only.
 * The weight tying of wte and lm_head is left out (nn has no way to share a Parameter).
 */
public class GPT extends Module {
    private final GPTConfig config;
    private final ModuleDict transformer;
    private final Linear lm_head;

    public GPT() {
        this(new GPTConfig());
    }

    public GPT(GPTConfig config) {
        this.config = config;
        ModuleList h = new ModuleList();
        for (int i = 0; i < config.nLayer(); i++) {
            h.add(new Block(config));
        }
        transformer = new ModuleDict()
                .put("wte", new Embedding(config.vocabSize(), config.nEmbd()))
                .put("wpe", new Embedding(config.blockSize(), config.nEmbd()))
                .put("drop", new Dropout(config.dropout()))
                .put("h", h)
                .put("ln_f", new LayerNorm(config.nEmbd(), config.bias()));
        lm_head = new Linear(config.nEmbd(), config.vocabSize()).bias(false);
    }

    public Tensor forward(@Dims(value = "N, L", dtype = DType.INT64) Tensor idx) {
        long b = idx.size(0);
        long t = idx.size(1);
        if (t > config.blockSize()) {
            throw new ShapeError("Cannot forward sequence of length " + t + ", block size is only " + config.blockSize());
        }
        Tensor pos = Tensors.arange(0, t, 1, DType.INT64); // shape (t)

        // forward the GPT model itself
        Tensor tok_emb = transformer.get("wte").call(idx); // token embeddings of shape (b, t, n_embd)
        Tensor pos_emb = transformer.get("wpe").call(pos); // position embeddings of shape (t, n_embd)
        Tensor x = transformer.get("drop").call(tok_emb.add(pos_emb));
        for (Module block : (ModuleList) transformer.get("h")) {
            x = block.call(x);
        }
        x = transformer.get("ln_f").call(x);

        // inference-time mini-optimization: only forward the lm_head on the very last position
        Tensor logits = lm_head.forward(x.index(Index.all(), Index.from(-1), Index.all())); // note: using list [-1] to preserve the time dim
        return logits;
    }
}
