import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** torchvision.models.vision_transformer.EncoderBlock (pre-norm). */
public class EncoderBlock extends Module {
    private final int num_heads;
    private final LayerNorm ln_1;
    private final MultiheadAttention self_attention;
    private final Dropout dropout;
    private final LayerNorm ln_2;
    private final MLPBlock mlp;

    public EncoderBlock(int numHeads, int hiddenDim, int mlpDim, double dropout, double attentionDropout) {
        this.num_heads = numHeads;
        ln_1 = new LayerNorm(hiddenDim).eps(1e-6);
        self_attention = new MultiheadAttention(hiddenDim, numHeads).dropout(attentionDropout).batchFirst(true);
        this.dropout = new Dropout(dropout);
        ln_2 = new LayerNorm(hiddenDim).eps(1e-6);
        mlp = new MLPBlock(hiddenDim, mlpDim, dropout);
    }

    public Tensor forward(@Dims("N, 197, 768") Tensor input) {
        Tensor x = ln_1.forward(input);
        MultiheadAttention.Output attn = self_attention.forward(x, x, x, null, false);
        x = attn.output();
        x = dropout.forward(x);
        x = x.add(input);

        Tensor y = ln_2.forward(x);
        y = mlp.forward(y);
        return x.add(y);
    }
}
