import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

public class BertSelfOutput extends Module {
    private final Linear dense;
    private final LayerNorm LayerNorm;
    private final Dropout dropout;

    public BertSelfOutput(BertConfig config) {
        dense = new Linear(config.hiddenSize(), config.hiddenSize());
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
