import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.LinkedHashMap;
import java.util.Map;

/** DenseNet-BC-100 (k = 12) for 32x32 images, with torchvision's module names. */
public class DenseNet extends Module implements DenseNetSpec {
    static final int DEPTH = 100;
    static final int[] BLOCK_CONFIG;

    static {
        int layersPerBlock = (DEPTH - 4) / 6;
        BLOCK_CONFIG = new int[] {layersPerBlock, layersPerBlock, layersPerBlock};
    }

    private final Sequential features = new Sequential();
    private final Linear classifier;
    private int channels;

    {
        channels = 2 * GROWTH_RATE;
    }

    public DenseNet() {
        this(10);
    }

    public DenseNet(int numClasses) {
        Map<String, Module> named = new LinkedHashMap<>();
        named.put("conv0", new Conv2d(3, channels, 3).padding(1).bias(false));
        for (int i = 0; i < BLOCK_CONFIG.length; i++) {
            DenseBlock block = new DenseBlock(BLOCK_CONFIG[i], channels);
            named.put("denseblock" + (i + 1), block);
            channels = block.outChannels(channels);
            if (i != BLOCK_CONFIG.length - 1) {
                named.put("transition" + (i + 1), transition(channels));
                channels = compressed(channels);
            }
        }
        named.put("norm5", new BatchNorm2d(channels));
        named.forEach(features::add);
        classifier = new Linear(channels, numClasses);
    }

    private Sequential transition(int in) {
        return new Sequential()
                .add("norm", new BatchNorm2d(in))
                .add("relu", new ReLU(true))
                .add("conv", new Conv2d(in, compressed(in), 1).bias(false))
                .add("pool", new AvgPool2d(2, 2));
    }

    public Tensor forward(@Dims("N, 3, " + IMAGE_SIZE + ", " + IMAGE_SIZE) Tensor x) {
        x = F.relu(features.forward(x));
        x = F.adaptiveAvgPool2d(x, 1).flatten(1);
        return classifier.forward(x);
    }
}
