import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

public class T5LayerFF extends Module {
    private final T5DenseActDense DenseReluDense;
    private final T5LayerNorm layer_norm;
    private final Dropout dropout;

    public T5LayerFF(T5Config config) {
        DenseReluDense = new T5DenseActDense(config);
        layer_norm = new T5LayerNorm(config.dModel(), config.layerNormEpsilon());
        dropout = new Dropout(config.dropoutRate());
    }

    public Tensor forward(Tensor hiddenStates) {
        Tensor forwardedStates = layer_norm.forward(hiddenStates);
        forwardedStates = DenseReluDense.forward(forwardedStates);
        hiddenStates = hiddenStates.add(dropout.forward(forwardedStates));
        return hiddenStates;
    }
}
