import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.function.IntFunction;

/** torchvision.models.swin_transformer.SwinTransformerBlock: pre-norm window attention and MLP, with stochastic depth. */
public class SwinTransformerBlock extends Module {
    private final Module norm1;
    private final ShiftedWindowAttention attn;
    private final StochasticDepth stochastic_depth;
    private final Module norm2;
    private final MLP mlp;

    public SwinTransformerBlock(int dim, int numHeads, int[] windowSize, int[] shiftSize, double mlpRatio, double dropout,
            double attentionDropout, double stochasticDepthProb, IntFunction<Module> normLayer) {
        norm1 = normLayer.apply(dim);
        attn = new ShiftedWindowAttention(dim, windowSize, shiftSize, numHeads, true, true, attentionDropout, dropout);
        stochastic_depth = new StochasticDepth(stochasticDepthProb, "row");
        norm2 = normLayer.apply(dim);
        mlp = new MLP(dim, new int[] {(int) (dim * mlpRatio), dim}, GELU::new, true, dropout);
    }

    public Tensor forward(Tensor x) {
        x = x.add(stochastic_depth.forward(attn.forward(norm1.call(x))));
        x = x.add(stochastic_depth.forward(mlp.forward(norm2.call(x))));
        return x;
    }
}
