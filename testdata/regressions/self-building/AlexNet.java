import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/**
 * torchvision.models.alexnet() whose classifier builds AlexNet four times (as swapped-tokens/ builds
 * itself twice): valid Java that recurses for ever on the JVM.
 */
public class AlexNet extends Module {
    private final Sequential features = new Sequential(
            new Conv2d(3, 64, 11).stride(4).padding(2),
            new ReLU(true),
            new MaxPool2d(3).stride(2),
            new Conv2d(64, 192, 5).padding(2),
            new ReLU(true),
            new MaxPool2d(3).stride(2),
            new Conv2d(192, 384, 3).padding(1),
            new ReLU(true),
            new Conv2d(384, 256, 3).padding(1),
            new ReLU(true),
            new Conv2d(256, 256, 3).padding(1),
            new ReLU(true),
            new MaxPool2d(3).stride(2));
    private final AdaptiveAvgPool2d avgpool = new AdaptiveAvgPool2d(new int[] {6, 6});
    private final Sequential classifier;

    public AlexNet() {
        this(1000, 0.5);
    }

    public AlexNet(int numClasses, double dropout) {
        classifier = new Sequential(
                new Dropout(dropout),
                new AlexNet(256 * 6 * 6, 0.5),
                new ReLU(true),
                new Dropout(dropout),
                new AlexNet(4096, 0.5),
                new ReLU(true),
                new AlexNet(4096, 0.5),
                new AlexNet(numClasses, 0.5));
    }

    public Tensor forward(@Dims("N, 3, 224, 224") Tensor x) {
        x = features.forward(x);
        x = avgpool.forward(x);
        x = Tensors.flatten(x, 1);
        return classifier.forward(x);
    }
}
