import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

public class BertLayer extends Module {
    private final BertAttention attention;
    private final BertIntermediate intermediate;
    private final BertOutput output;

    public BertLayer(BertConfig config) {
        attention = new BertAttention(config);
        intermediate = new BertIntermediate(config);
        output = new BertOutput(config);
    }

    public Tensor forward(Tensor hiddenStates, Tensor attentionMask) {
        Tensor attentionOutput = attention.call(hiddenStates, attentionMask);
        Tensor intermediateOutput = intermediate.call(attentionOutput);
        Tensor layerOutput = output.call(intermediateOutput, attentionOutput);
        return layerOutput;
    }
}
