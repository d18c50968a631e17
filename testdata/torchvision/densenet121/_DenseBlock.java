import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** torchvision.models.densenet._DenseBlock: a ModuleDict of dense layers, each fed all earlier features. */
public class _DenseBlock extends ModuleDict {
    public _DenseBlock(int numLayers, int numInputFeatures, int bnSize, int growthRate, double dropRate) {
        for (int i = 0; i < numLayers; i++) {
            _DenseLayer layer = new _DenseLayer(numInputFeatures + i * growthRate, growthRate, bnSize, dropRate);
            addModule("denselayer" + (i + 1), layer);
        }
    }

    public Tensor forward(Tensor initFeatures) {
        List<Tensor> features = new ArrayList<>();
        features.add(initFeatures);
        for (Map.Entry<String, Module> e : items()) {
            _DenseLayer layer = (_DenseLayer) e.getValue();
            Tensor newFeatures = layer.forward(features);
            features.add(newFeatures);
        }
        return Tensors.cat(features, 1);
    }
}
