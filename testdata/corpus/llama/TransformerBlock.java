import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

public class TransformerBlock extends Module {
    private final int n_heads;
    private final int dim;
    private final int head_dim;
    private final Attention attention;
    private final FeedForward feed_forward;
    private final int layer_id;
    private final RMSNorm attention_norm;
    private final RMSNorm ffn_norm;

    public TransformerBlock(int layerId, ModelArgs args) {
        n_heads = args.nHeads();
        dim = args.dim();
        head_dim = args.dim() / args.nHeads();
        attention = new Attention(args);
        feed_forward = new FeedForward(args.dim(), 4 * args.dim(), args.multipleOf());
        layer_id = layerId;
        attention_norm = new RMSNorm(args.dim(), args.normEps());
        ffn_norm = new RMSNorm(args.dim(), args.normEps());
    }

    public Tensor forward(Tensor x, Tensor freqsCos, Tensor freqsSin, Tensor mask) {
        Tensor h = x.add(attention.forward(attention_norm.forward(x), freqsCos, freqsSin, mask));
        Tensor out = h.add(feed_forward.forward(ffn_norm.forward(h)));
        return out;
    }
}
