import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * A GPT-2-style decoder-only language model in the layout of Karpathy's nanoGPT: token and
 * position embeddings, pre-norm blocks with hand-written causal self-attention, tied-size LM head.
 */
public class GPT extends Module {
    public enum Activation {
        GELU,
        GELU_TANH,
        RELU;

        Module create() {
            return switch (this) {
                case GELU -> new dev.shapesense.nn.GELU();
                case GELU_TANH -> new dev.shapesense.nn.GELU("tanh");
                case RELU -> new ReLU();
            };
        }
    }

    public record Config(int vocabSize, int blockSize, int nEmbd, int nHead, int nLayer, int headDim, double dropout, Activation activation) {
        public Config {
            if (headDim == 0) {
                headDim = nEmbd / nHead;
            }
            if (activation == null) {
                activation = Activation.GELU;
            }
        }

        public Config(int vocabSize, int blockSize, int nEmbd, int nHead, int nLayer) {
            this(vocabSize, blockSize, nEmbd, nHead, nLayer, 0, 0.1, null);
        }

        /** A character-level model (Shakespeare). */
        public static Config nano() {
            return new Config(65, 64, 128, 4, 4);
        }

        /** GPT-2 small. */
        public static Config gpt2() {
            return new Config(50257, 1024, 768, 12, 12);
        }
    }

    /** Causal self-attention; an inner class, it reads the model's config and mask. */
    class CausalSelfAttention extends Module {
        private final Linear cAttn = new Linear(cfg.nEmbd(), 3 * cfg.nEmbd());
        private final Linear cProj = new Linear(cfg.nEmbd(), cfg.nEmbd());
        private final Dropout attnDropout = new Dropout(cfg.dropout());

        public Tensor forward(Tensor x) {
            long b = x.size(0), t = x.size(1), c = x.size(2);
            List<Tensor> qkv = cAttn.forward(x).split(cfg.nEmbd(), 2);
            Tensor q = qkv.get(0).view(b, t, cfg.nHead(), cfg.headDim()).transpose(1, 2);
            Tensor k = qkv.get(1).view(b, t, cfg.nHead(), cfg.headDim()).transpose(1, 2);
            Tensor v = qkv.get(2).view(b, t, cfg.nHead(), cfg.headDim()).transpose(1, 2);
            Tensor att = q.matmul(k.transpose(-2, -1)).mul(1.0 / Math.sqrt(cfg.headDim()));
            att = att.maskedFill(causalMask.slice(0, 0, t).slice(1, 0, t), Double.NEGATIVE_INFINITY);
            att = attnDropout.forward(F.softmax(att, -1));
            Tensor y = att.matmul(v).transpose(1, 2).contiguous().view(b, t, c);
            return cProj.forward(y);
        }
    }

    class Block extends Module {
        private final LayerNorm ln1 = new LayerNorm(cfg.nEmbd());
        private final CausalSelfAttention attn = new CausalSelfAttention();
        private final LayerNorm ln2 = new LayerNorm(cfg.nEmbd());
        private final Sequential mlp = new Sequential(
                new Linear(cfg.nEmbd(), 4 * cfg.nEmbd()), cfg.activation().create(),
                new Linear(4 * cfg.nEmbd(), cfg.nEmbd()), new Dropout(cfg.dropout()));

        public Tensor forward(Tensor x) {
            x = x.add(attn.forward(ln1.forward(x)));
            return x.add(mlp.forward(ln2.forward(x)));
        }
    }

    private final Config cfg;
    private final Tensor causalMask;
    private final Embedding wte;
    private final Embedding wpe;
    private final Dropout drop;
    private final ModuleList h;
    private final LayerNorm lnF;
    private final Linear lmHead;
    private final Function<Tensor, Tensor> blocks;

    public GPT() {
        this(Config.nano());
    }

    public GPT(Config cfg) {
        this.cfg = cfg;
        Tensor positions = Tensors.arange(cfg.blockSize());
        causalMask = registerBuffer("bias", positions.unsqueeze(0).gt(positions.unsqueeze(1)));
        wte = new Embedding(cfg.vocabSize(), cfg.nEmbd());
        wpe = new Embedding(cfg.blockSize(), cfg.nEmbd());
        drop = new Dropout(cfg.dropout());
        List<Block> layers = IntStream.range(0, cfg.nLayer()).mapToObj(i -> new Block()).toList();
        h = new ModuleList(layers);
        lnF = new LayerNorm(cfg.nEmbd());
        lmHead = new Linear(cfg.nEmbd(), cfg.vocabSize()).bias(false);
        blocks = layers.stream()
                .map(block -> (Function<Tensor, Tensor>) block::call)
                .reduce(Function.identity(), Function::andThen);
    }

    public Tensor forward(@Dims(value = "N, L", dtype = DType.INT64) Tensor idx) {
        long t = idx.size(1);
        Tensor x = drop.forward(wte.forward(idx).add(wpe.forward(Tensors.arange(t))));
        x = blocks.apply(x);
        return lmHead.forward(lnF.forward(x));
    }
}
