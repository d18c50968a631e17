import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** Construct a layernorm module in the T5 style. No bias and no subtraction of mean. */
public class T5LayerNorm extends Module {
    private final Parameter weight;
    private final double variance_epsilon;

    public T5LayerNorm(int hiddenSize, double eps) {
        weight = new Parameter(Tensors.ones(hiddenSize));
        variance_epsilon = eps;
    }

    public Tensor forward(Tensor hiddenStates) {
        // T5 uses a layer_norm which only scales and doesn't shift, which is also known as Root Mean
        // Square Layer Normalization https://arxiv.org/abs/1910.07467
        Tensor variance = hiddenStates.to(DType.FLOAT32).pow(2).mean(-1, true);
        hiddenStates = hiddenStates.mul(Tensors.rsqrt(variance.add(variance_epsilon)));
        return weight.mul(hiddenStates);
    }
}
