import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** torchvision.models.squeezenet1_1(). */
public class SqueezeNet extends Module {
    private final int numClasses;
    private final Sequential features;
    private final Sequential classifier;

    public SqueezeNet() {
        this("1_1", 1000, 0.5);
    }

    public SqueezeNet(String version, int numClasses, double dropout) {
        this.numClasses = numClasses;
        if (version.equals("1_0")) {
            features = new Sequential(
                    new Conv2d(3, 96, 7).stride(2),
                    new ReLU(true),
                    new MaxPool2d(3).stride(2).ceilMode(true),
                    new Fire(96, 16, 64, 64),
                    new Fire(128, 16, 64, 64),
                    new Fire(128, 32, 128, 128),
                    new MaxPool2d(3).stride(2).ceilMode(true),
                    new Fire(256, 32, 128, 128),
                    new Fire(256, 48, 192, 192),
                    new Fire(384, 48, 192, 192),
                    new Fire(384, 64, 256, 256),
                    new MaxPool2d(3).stride(2).ceilMode(true),
                    new Fire(512, 64, 256, 256));
        } else if (version.equals("1_1")) {
            features = new Sequential(
                    new Conv2d(3, 64, 3).stride(2),
                    new ReLU(true),
                    new MaxPool2d(3).stride(2).ceilMode(true),
                    new Fire(64, 16, 64, 64),
                    new Fire(128, 16, 64, 64),
                    new MaxPool2d(3).stride(2).ceilMode(true),
                    new Fire(128, 32, 128, 128),
                    new Fire(256, 32, 128, 128),
                    new MaxPool2d(3).stride(2).ceilMode(true),
                    new Fire(256, 48, 192, 192),
                    new Fire(384, 48, 192, 192),
                    new Fire(384, 64, 256, 256),
                    new Fire(512, 64, 256, 256));
        } else {
            throw new IllegalArgumentException("Unsupported SqueezeNet version " + version + ": 1_0 or 1_1 expected");
        }
        Conv2d finalConv = new Conv2d(512, numClasses, 1);
        classifier = new Sequential(
                new Dropout(dropout), finalConv, new ReLU(true), new AdaptiveAvgPool2d(new int[] {1, 1}));
    }

    public Tensor forward(@Dims("N, 3, 224, 224") Tensor x) {
        x = features.forward(x);
        x = classifier.forward(x);
        return Tensors.flatten(x, 1);
    }
}
