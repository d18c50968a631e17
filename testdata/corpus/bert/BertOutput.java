import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

public class BertOutput extends Module {
    private final Linear dense;
    private final LayerNorm LayerNorm;
    private final Dropout dropout;

    public BertOutput(BertConfig config) {
        dense = new Linear(config.intermediateSize(), config.hiddenSize());
        LayerNorm = new LayerNorm(new long[] {config.hiddenSize()}, config.layerNormEps());
        dropout = new Dropout(config.hiddenDropoutProb());
    }

    public Tensor forward(Tensor hiddenStates, Tensor inputTensor) {
        hiddenStates = dense.forward(hiddenStates);
        hiddenStates = dropout.forward(hiddenStates);
        hiddenStates = LayerNorm.forward(hiddenStates.add(inputTensor));
        return hiddenStates;
    }
}
