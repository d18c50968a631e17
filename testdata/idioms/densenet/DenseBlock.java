import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code numLayers} dense layers, each fed the concatenation of the input and all earlier outputs. */
public class DenseBlock extends Module implements DenseNetSpec {
    private final Map<String, DenseLayer> layers = new LinkedHashMap<>();

    public DenseBlock(int numLayers, int inChannels) {
        for (int i = 0; i < numLayers; i++) {
            layers.put("denselayer" + (i + 1), new DenseLayer(inChannels + i * GROWTH_RATE));
        }
        layers.forEach(this::addModule);
    }

    public int outChannels(int inChannels) {
        return inChannels + layers.size() * GROWTH_RATE;
    }

    public Tensor forward(Tensor x) {
        List<Tensor> features = new ArrayList<>();
        features.add(x);
        for (DenseLayer layer : layers.values()) {
            features.add(layer.forward(features));
        }
        return Tensors.cat(features, 1);
    }
}
