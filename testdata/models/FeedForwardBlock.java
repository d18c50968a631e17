import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** A pre-norm feed-forward block whose width comes from its caller: shapes read in dModel. */
public class FeedForwardBlock extends Module {
    private final LayerNorm norm;
    private final Linear up;
    private final Linear down;
    private final Dropout dropout = new Dropout(0.1);

    public FeedForwardBlock(int dModel) {
        norm = new LayerNorm(dModel);
        up = new Linear(dModel, 4 * dModel);
        down = new Linear(4 * dModel, dModel);
    }

    public Tensor forward(@Dims("N, L, dModel") Tensor x) {
        Tensor h = up.forward(norm.forward(x));
      //           ^ [N, L, 4 * dModel]
      //                      ^ [N, L, dModel]
        h = F.gelu(h);
      //    ^ [N, L, 4 * dModel]
        h = dropout.forward(down.forward(h));
      //    ^ [N, L, dModel]
      //                    ^ [N, L, dModel]
        return x.add(h);
      //       ^ [N, L, dModel]
    }
}
