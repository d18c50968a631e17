import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A character-level text classifier (Kim-style CNN over char embeddings, Zhang et al. 2015 alphabet)
 * with a one-layer causal self-attention block in front, L = 32 characters.
 */
public class CharModel extends Module {
    static final String PUNCT = "-,;.!?:'\"/\\|_@#$%^&*~`+=<>()[]{}";
    static final int VOCAB = ('z' - 'a' + 1) + ('9' - '0' + 1) + PUNCT.length() + 1;
    static final int EMB = 16;
    static final int HEADS = 2;
    static final int SEQ = 32;

    enum Pool {
        MAX {
            @Override
            Tensor apply(Tensor h) {
                return h.max(2).values();
            }
        },
        MEAN {
            @Override
            Tensor apply(Tensor h) {
                return h.mean(2);
            }
        },
        MAXMEAN {
            @Override
            Tensor apply(Tensor h) {
                return MAX.apply(h).add(MEAN.apply(h));
            }
        };

        abstract Tensor apply(Tensor h);
    }

    /** One n-gram branch: Conv1d + ReLU, pooled over time. */
    static final class NgramBranch extends Branch<Sequential> {
        private final Pool pooling;

        NgramBranch(int in, int out, int width, Pool pooling) {
            super(new Sequential(new Conv1d(in, out, width).padding(width / 2), new ReLU()), out);
            this.pooling = pooling;
        }

        @Override
        protected Tensor pool(Tensor h) {
            return pooling.apply(h);
        }
    }

    /** Causal self-attention over the character embeddings (nanoGPT's CausalSelfAttention, without dropout). */
    final class CausalAttention extends Module {
        private final Linear qkv = new Linear(EMB, 3 * EMB);
        private final Linear proj = new Linear(EMB, EMB);
        private final int headDim = EMB / HEADS;

        public Tensor forward(Tensor x) {
            long b = x.size(0);
            long t = x.size(1);
            List<Tensor> parts = qkv.forward(x).split(EMB, 2);
            Tensor q = parts.get(0).view(b, t, HEADS, headDim).transpose(1, 2);
            Tensor k = parts.get(1).view(b, t, HEADS, headDim).transpose(1, 2);
            Tensor v = parts.get(2).view(b, t, HEADS, headDim).transpose(1, 2);
            Tensor att = q.matmul(k.transpose(-2, -1)).div(Math.sqrt(headDim));
            Tensor pos = Tensors.arange(t);
            Tensor future = pos.unsqueeze(0).gt(pos.unsqueeze(1));
            att = att.maskedFill(future, Double.NEGATIVE_INFINITY).softmax(-1);
            Tensor y = att.matmul(v).transpose(1, 2).contiguous().view(b, t, EMB);
            return proj.forward(y);
        }
    }

    private final Embedding embed = new Embedding(VOCAB, EMB, 0);
    private final LayerNorm norm = new LayerNorm(EMB);
    private final CausalAttention attn = new CausalAttention();
    private final ModuleDict branches = new ModuleDict();
    private final Dropout drop = new Dropout(0.5);
    private final Linear fc;

    public CharModel() {
        String spec = """
                unigram:1:MAX
                trigram:3:MAXMEAN
                five:5:MEAN
                """;
        Map<String, NgramBranch> built = new LinkedHashMap<>();
        for (String line : spec.lines().collect(Collectors.toList())) {
            String[] f = line.split(":");
            int width;
            try {
                width = Integer.parseInt(f[1]);
            } catch (NumberFormatException e) {
                width = 3;
            }
            int out = width == 1 ? 8 : width == 3 ? 16 : 12;
            built.put(f[0], new NgramBranch(EMB, out, width, Pool.valueOf(f[2])));
        }
        built.forEach(branches::put);
        List<Integer> outs = new ArrayList<>();
        for (Module m : branches.values()) {
            if (m instanceof Branch<?> br) {
                outs.add(br.outChannels());
            }
        }
        fc = new Linear(outs.stream().reduce(0, Integer::sum), 4);
    }

    public Tensor forward(@Dims(value = "N, 32", dtype = DType.INT64) Tensor tokens) {
        Tensor h = embed.forward(tokens);
        h = h.add(attn.forward(norm.forward(h)));
        Tensor c = h.transpose(1, 2);
        List<Tensor> pooled = new ArrayList<>();
        for (Module m : branches.values()) {
            pooled.add(m.call(c));
        }
        return fc.forward(drop.forward(Tensors.cat(pooled, 1)));
    }
}
