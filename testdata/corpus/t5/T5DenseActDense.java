import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

public class T5DenseActDense extends Module {
    private final Linear wi;
    private final Linear wo;
    private final Dropout dropout;
    private final ReLU act = new ReLU();

    public T5DenseActDense(T5Config config) {
        wi = new Linear(config.dModel(), config.dFf()).bias(false);
        wo = new Linear(config.dFf(), config.dModel()).bias(false);
        dropout = new Dropout(config.dropoutRate());
    }

    public Tensor forward(Tensor hiddenStates) {
        hiddenStates = wi.forward(hiddenStates);
        hiddenStates = act.forward(hiddenStates);
        hiddenStates = dropout.forward(hiddenStates);
        hiddenStates = wo.forward(hiddenStates);
        return hiddenStates;
    }
}
