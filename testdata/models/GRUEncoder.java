import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

public class GRUEncoder extends Module {
    private final Embedding embed = new Embedding(5000, 64);
    private final GRU gru = new GRU(64, 128).numLayers(2).batchFirst(true);
    private final Linear proj = new Linear(128, 32);

    public Tensor forward(@Dims(value = "N, L", dtype = DType.INT64) Tensor tokens) {
        Tensor x = embed.forward(tokens);
      //           ^ [N, L, 64]
        GRU.Output out = gru.forward(x);
      //                 ^ ([N, L, 128], [2, N, 128])
        Tensor h = out.hN().select(0, -1);
      //           ^ [N, 128]
        return proj.forward(h);
      //       ^ [N, 32]
    }
}
