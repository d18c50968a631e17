import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

public class BertPooler extends Module {
    private final Linear dense;
    private final Tanh activation = new Tanh();

    public BertPooler(BertConfig config) {
        dense = new Linear(config.hiddenSize(), config.hiddenSize());
    }

    public Tensor forward(Tensor hiddenStates) {
        // We "pool" the model by simply taking the hidden state corresponding to the first token.
        Tensor firstTokenTensor = hiddenStates.select(1, 0);
        Tensor pooledOutput = dense.forward(firstTokenTensor);
        pooledOutput = activation.forward(pooledOutput);
        return pooledOutput;
    }
}
