import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** torchvision.models.convnext.CNBlock: depthwise 7x7, LayerNorm and an MLP in NHWC, layer scale. */
public class CNBlock extends Module {
    private final Sequential block;
    private final Parameter layer_scale;
    private final StochasticDepth stochastic_depth;

    public CNBlock(int dim, double layerScale, double stochasticDepthProb) {
        block = new Sequential(
                new Conv2d(dim, dim, 7).padding(3).groups(dim).bias(true),
                new Permute(new int[] {0, 2, 3, 1}),
                new LayerNorm(dim, 1e-6),
                new Linear(dim, 4 * dim).bias(true),
                new GELU(),
                new Linear(4 * dim, dim).bias(true),
                new Permute(new int[] {0, 3, 1, 2}));
        layer_scale = new Parameter(Tensors.ones(dim, 1, 1).mul(layerScale));
        stochastic_depth = new StochasticDepth(stochasticDepthProb, "row");
    }

    public Tensor forward(Tensor input) {
        Tensor result = layer_scale.mul(block.forward(input));
        result = stochastic_depth.forward(result);
        result = result.add(input);
        return result;
    }
}
