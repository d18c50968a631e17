import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/**
 * nanoGPT's position embedding: arange(0, t, 1) with the sequence length t of the input (a symbol),
 * and a copy_ into a buffer-like tensor on the meta device (broadcasting src as PyTorch does).
 */
public class PositionalArangeNet extends Module {
    private final Embedding wte = new Embedding(100, 32);
    private final Embedding wpe = new Embedding(64, 32);
    private final Linear head = new Linear(32, 100);

    public Tensor forward(@Dims(value = "N, L", dtype = DType.INT64) Tensor idx) {
        long t = idx.size(1);
        Tensor pos = Tensors.arange(0, t, 1);
      //             ^ [L]
        Tensor odd = Tensors.arange(1, t, 2);
      //             ^ [L / 2]
        Tensor tok = wte.forward(idx);
      //             ^ [N, L, 32]
        Tensor x = tok.add(wpe.forward(pos));
      //           ^ [N, L, 32]
      //                   ^ [L, 32]
        Tensor scale = Tensors.ones(32);
      //               ^ [32]
        Tensor y = Tensors.zerosLike(x).copy_(scale);
      //           ^ [N, L, 32]
        return head.forward(x.add(y));
      //       ^ [N, L, 100]
    }
}
