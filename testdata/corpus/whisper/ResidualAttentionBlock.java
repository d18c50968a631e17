import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

public class ResidualAttentionBlock extends Module {
    private final MultiHeadAttention attn;
    private final LayerNorm attn_ln;
    private final MultiHeadAttention cross_attn;
    private final LayerNorm cross_attn_ln;
    private final Sequential mlp;
    private final LayerNorm mlp_ln;

    public ResidualAttentionBlock(int nState, int nHead, boolean crossAttention) {
        attn = new MultiHeadAttention(nState, nHead);
        attn_ln = new LayerNorm(nState);
        cross_attn = crossAttention ? new MultiHeadAttention(nState, nHead) : null;
        cross_attn_ln = crossAttention ? new LayerNorm(nState) : null;
        int n_mlp = nState * 4;
        mlp = new Sequential(new Linear(nState, n_mlp), new GELU(), new Linear(n_mlp, nState));
        mlp_ln = new LayerNorm(nState);
    }

    public Tensor forward(Tensor x) {
        x = x.add(attn.forward(attn_ln.forward(x), null, null).wv());
        x = x.add(mlp.forward(mlp_ln.forward(x)));
        return x;
    }
}
