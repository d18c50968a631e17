import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

public class Block extends Module {
    private final LayerNorm ln_1;
    private final CausalSelfAttention attn;
    private final LayerNorm ln_2;
    private final MLP mlp;

    public Block(GPTConfig config) {
        ln_1 = new LayerNorm(config.nEmbd(), config.bias());
        attn = new CausalSelfAttention(config);
        ln_2 = new LayerNorm(config.nEmbd(), config.bias());
        mlp = new MLP(config);
    }

    public Tensor forward(Tensor x) {
        x = x.add(attn.forward(ln_1.forward(x)));
        x = x.add(mlp.forward(ln_2.forward(x)));
        return x;
    }
}
