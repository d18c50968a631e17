import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** torchvision.models.densenet121(): growth 32, blocks (6, 12, 24, 16), 64 initial features. */
public class DenseNet extends Module {
    private final Sequential features;
    private final Linear classifier;

    public DenseNet() {
        this(32, new int[] {6, 12, 24, 16}, 64, 4, 0, 1000);
    }

    public DenseNet(int growthRate, int[] blockConfig, int numInitFeatures, int bnSize, double dropRate, int numClasses) {
        features = new Sequential()
                .add("conv0", new Conv2d(3, numInitFeatures, 7).stride(2).padding(3).bias(false))
                .add("norm0", new BatchNorm2d(numInitFeatures))
                .add("relu0", new ReLU(true))
                .add("pool0", new MaxPool2d(3).stride(2).padding(1));

        int numFeatures = numInitFeatures;
        for (int i = 0; i < blockConfig.length; i++) {
            int numLayers = blockConfig[i];
            _DenseBlock block = new _DenseBlock(numLayers, numFeatures, bnSize, growthRate, dropRate);
            features.addModule("denseblock" + (i + 1), block);
            numFeatures = numFeatures + numLayers * growthRate;
            if (i != blockConfig.length - 1) {
                _Transition trans = new _Transition(numFeatures, numFeatures / 2);
                features.addModule("transition" + (i + 1), trans);
                numFeatures = numFeatures / 2;
            }
        }
        features.addModule("norm5", new BatchNorm2d(numFeatures));
        classifier = new Linear(numFeatures, numClasses);
    }

    public Tensor forward(@Dims("N, 3, 224, 224") Tensor x) {
        Tensor features = this.features.forward(x);
        Tensor out = F.relu(features, true);
        out = F.adaptiveAvgPool2d(out, new int[] {1, 1});
        out = Tensors.flatten(out, 1);
        out = classifier.forward(out);
        return out;
    }
}
