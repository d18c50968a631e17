import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** torchvision.models.vgg11(): configuration "A" without batch norm. */
public class VGG extends Module {
    private static final int[] CFG_A = {64, -1, 128, -1, 256, 256, -1, 512, 512, -1, 512, 512, -1};

    private final Sequential features;
    private final AdaptiveAvgPool2d avgpool = new AdaptiveAvgPool2d(new int[] {7, 7});
    private final Sequential classifier;

    public VGG() {
        this(makeLayers(CFG_A, false), 1000, 0.5);
    }

    public VGG(Sequential features, int numClasses, double dropout) {
        this.features = features;
        this.classifier = new Sequential(
                new Linear(512 * 7 * 7, 4096),
                new ReLU(true),
                new Dropout(dropout),
                new Linear(4096, 4096),
                new ReLU(true),
                new Dropout(dropout),
                new Linear(4096, numClasses));
    }

    static Sequential makeLayers(int[] cfg, boolean batchNorm) {
        Sequential layers = new Sequential();
        int inChannels = 3;
        for (int v : cfg) {
            if (v == -1) {
                layers.add(new MaxPool2d(2).stride(2));
            } else {
                layers.add(new Conv2d(inChannels, v, 3).padding(1));
                if (batchNorm) {
                    layers.add(new BatchNorm2d(v));
                }
                layers.add(new ReLU(true));
                inChannels = v;
            }
        }
        return layers;
    }

    public Tensor forward(@Dims("N, 3, 224, 224") Tensor x) {
        x = features.forward(x);
        x = avgpool.forward(x);
        x = Tensors.flatten(x, 1);
        return classifier.forward(x);
    }
}
