import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** A nanoGPT-style decoder: config record, fused qkv split, causal attention by hand, ModuleList. */
public class TinyGPT extends Module {
    record Config(int vocab, int blockSize, int nEmbd, int nHead, int nLayer) {}

    static class CausalSelfAttention extends Module {
        private final Linear cAttn;
        private final Linear cProj;
        private final int nHead;
        private final int nEmbd;

        CausalSelfAttention(Config cfg) {
            cAttn = new Linear(cfg.nEmbd(), 3 * cfg.nEmbd());
            cProj = new Linear(cfg.nEmbd(), cfg.nEmbd());
            nHead = cfg.nHead();
            nEmbd = cfg.nEmbd();
        }

        public Tensor forward(Tensor x) {
            long b = x.size(0), t = x.size(1), c = x.size(2);
            var qkv = cAttn.forward(x).split(nEmbd, 2);
          //          ^ [N, L, 192]
            Tensor q = qkv.get(0).view(b, t, nHead, c / nHead).transpose(1, 2);
          //           ^ [N, 4, L, 16]
            Tensor k = qkv.get(1).view(b, t, nHead, c / nHead).transpose(1, 2);
          //           ^ [N, 4, L, 16]
            Tensor v = qkv.get(2).view(b, t, nHead, c / nHead).transpose(1, 2);
          //           ^ [N, 4, L, 16]
            Tensor att = q.matmul(k.transpose(-2, -1)).mul(1.0 / Math.sqrt(k.size(-1)));
          //             ^ [N, 4, L, L]
            att = F.softmax(att, -1);
          //      ^ [N, 4, L, L]
            Tensor y = att.matmul(v);
          //           ^ [N, 4, L, 16]
            y = y.transpose(1, 2).contiguous().view(b, t, c);
          //    ^ [N, L, 64]
            return cProj.forward(y);
          //       ^ [N, L, 64]
        }
    }

    static class Block extends Module {
        private final LayerNorm ln1;
        private final CausalSelfAttention attn;
        private final LayerNorm ln2;
        private final Sequential mlp;

        Block(Config cfg) {
            ln1 = new LayerNorm(cfg.nEmbd());
            attn = new CausalSelfAttention(cfg);
            ln2 = new LayerNorm(cfg.nEmbd());
            mlp = new Sequential(
                    new Linear(cfg.nEmbd(), 4 * cfg.nEmbd()), new GELU(),
                    new Linear(4 * cfg.nEmbd(), cfg.nEmbd()), new Dropout(0.1));
        }

        public Tensor forward(Tensor x) {
            x = x.add(attn.forward(ln1.forward(x)));
          //    ^ [N, L, 64]
          //          ^ [N, L, 64]
          //                       ^ [N, L, 64]
            x = x.add(mlp.forward(ln2.forward(x)));
          //    ^ [N, L, 64]
          //          ^ [N, L, 64]
          //                      ^ [N, L, 64]
            return x;
        }
    }

    private final Embedding wte;
    private final Embedding wpe;
    private final ModuleList h = new ModuleList();
    private final LayerNorm lnF;
    private final Linear lmHead;

    public TinyGPT() {
        this(new Config(1000, 32, 64, 4, 2));
    }

    public TinyGPT(Config cfg) {
        wte = new Embedding(cfg.vocab(), cfg.nEmbd());
        wpe = new Embedding(cfg.blockSize(), cfg.nEmbd());
        for (int i = 0; i < cfg.nLayer(); i++) {
            h.add(new Block(cfg));
        }
        lnF = new LayerNorm(cfg.nEmbd());
        lmHead = new Linear(cfg.nEmbd(), cfg.vocab()).bias(false);
    }

    public Tensor forward(@Dims(value = "N, L", dtype = DType.INT64) Tensor idx) {
        Tensor pos = Tensors.arange(idx.size(1));
      //             ^ [L]
        Tensor x = wte.forward(idx).add(wpe.forward(pos));
      //           ^ [N, L, 64]
      //                                ^ [L, 64]
        for (Module block : h) {
            x = block.call(x);
          //    ^ [N, L, 64]
        }
        x = lnF.forward(x);
      //    ^ [N, L, 64]
        return lmHead.forward(x);
      //       ^ [N, L, 1000]
    }
}
