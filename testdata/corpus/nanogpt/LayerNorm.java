import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** LayerNorm but with an optional bias. PyTorch doesn't support simply bias=False. */
public class LayerNorm extends Module {
    private final Parameter weight;
    private final Parameter bias;

    public LayerNorm(int ndim, boolean bias) {
        this.weight = new Parameter(Tensors.ones(ndim));
        this.bias = bias ? new Parameter(Tensors.zeros(ndim)) : null;
    }

    public Tensor forward(Tensor input) {
        return F.layerNorm(input, weight.shape(), weight, bias, 1e-5);
    }
}
