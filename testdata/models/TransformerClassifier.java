import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

public class TransformerClassifier extends Module {
    private final Embedding embed = new Embedding(1000, 64);
    private final MultiheadAttention attn = new MultiheadAttention(64, 4).batchFirst(true);
    private final LayerNorm norm1 = new LayerNorm(64);
    private final Sequential ff = new Sequential(new Linear(64, 256), new ReLU(), new Linear(256, 64));
    private final LayerNorm norm2 = new LayerNorm(64);
    private final Linear head = new Linear(64, 3);

    public Tensor forward(@Dims(value = "N, L", dtype = DType.INT64) Tensor tokens) {
        Tensor x = embed.forward(tokens);
      //           ^ [N, L, 64]
        MultiheadAttention.Output a = attn.forward(x, x, x);
      //                              ^ ([N, L, 64], [N, L, L])
        x = norm1.forward(x.add(a.output()));
      //    ^ [N, L, 64]
        x = norm2.forward(x.add(ff.forward(x)));
      //    ^ [N, L, 64]
      //                        ^ [N, L, 64]
        Tensor pooled = x.mean(1);
      //                ^ [N, 64]
        return head.forward(pooled);
      //       ^ [N, 3]
    }
}
