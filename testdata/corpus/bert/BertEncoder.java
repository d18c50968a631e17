import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

public class BertEncoder extends Module {
    private final ModuleList layer = new ModuleList();

    public BertEncoder(BertConfig config) {
        for (int i = 0; i < config.numHiddenLayers(); i++) {
            layer.add(new BertLayer(config));
        }
    }

    public Tensor forward(Tensor hiddenStates, Tensor attentionMask) {
        for (Module layerModule : layer) {
            hiddenStates = layerModule.call(hiddenStates, attentionMask);
        }
        return hiddenStates;
    }
}
