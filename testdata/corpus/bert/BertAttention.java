import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

public class BertAttention extends Module {
    private final BertSelfAttention self;
    private final BertSelfOutput output;

    public BertAttention(BertConfig config) {
        self = new BertSelfAttention(config);
        output = new BertSelfOutput(config);
    }

    public Tensor forward(Tensor hiddenStates, Tensor attentionMask) {
        Tensor selfOutputs = self.call(hiddenStates, attentionMask);
        Tensor attentionOutput = output.call(selfOutputs, hiddenStates);
        return attentionOutput;
    }
}
