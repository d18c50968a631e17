import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

public class BertIntermediate extends Module {
    private final Linear dense;
    private final GELU intermediate_act_fn = new GELU();

    public BertIntermediate(BertConfig config) {
        dense = new Linear(config.hiddenSize(), config.intermediateSize());
    }

    public Tensor forward(Tensor hiddenStates) {
        hiddenStates = dense.forward(hiddenStates);
        hiddenStates = intermediate_act_fn.forward(hiddenStates);
        return hiddenStates;
    }
}
