import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** torchvision.models.mobilenet_v3_small(). */
public class MobileNetV3 extends Module {
    private final Sequential features;
    private final AdaptiveAvgPool2d avgpool = new AdaptiveAvgPool2d(1);
    private final Sequential classifier;

    public MobileNetV3() {
        this(smallSetting(1.0), InvertedResidualConfig.adjustChannels(1024, 1.0), 1000, 0.2);
    }

    static List<InvertedResidualConfig> smallSetting(double widthMult) {
        int dilation = 1;
        return List.of(
                new InvertedResidualConfig(16, 3, 16, 16, true, "RE", 2, 1, widthMult),
                new InvertedResidualConfig(16, 3, 72, 24, false, "RE", 2, 1, widthMult),
                new InvertedResidualConfig(24, 3, 88, 24, false, "RE", 1, 1, widthMult),
                new InvertedResidualConfig(24, 5, 96, 40, true, "HS", 2, 1, widthMult),
                new InvertedResidualConfig(40, 5, 240, 40, true, "HS", 1, 1, widthMult),
                new InvertedResidualConfig(40, 5, 240, 40, true, "HS", 1, 1, widthMult),
                new InvertedResidualConfig(40, 5, 120, 48, true, "HS", 1, 1, widthMult),
                new InvertedResidualConfig(48, 5, 144, 48, true, "HS", 1, 1, widthMult),
                new InvertedResidualConfig(48, 5, 288, 96, true, "HS", 2, dilation, widthMult),
                new InvertedResidualConfig(96, 5, 576, 96, true, "HS", 1, dilation, widthMult),
                new InvertedResidualConfig(96, 5, 576, 96, true, "HS", 1, dilation, widthMult));
    }

    public MobileNetV3(List<InvertedResidualConfig> invertedResidualSetting, int lastChannel, int numClasses, double dropout) {
        if (invertedResidualSetting.isEmpty()) {
            throw new IllegalArgumentException("The inverted_residual_setting should not be empty");
        }
        IntFunction<Module> normLayer = c -> new BatchNorm2d(c).eps(0.001).momentum(0.01);

        List<Module> layers = new ArrayList<>();
        int firstconvOutputChannels = invertedResidualSetting.get(0).inputChannels;
        layers.add(new Conv2dNormActivation(3, firstconvOutputChannels, 3, 2, normLayer, Hardswish::new));
        for (InvertedResidualConfig cnf : invertedResidualSetting) {
            layers.add(new InvertedResidual(cnf, normLayer));
        }
        int lastconvInputChannels = invertedResidualSetting.get(invertedResidualSetting.size() - 1).outChannels;
        int lastconvOutputChannels = 6 * lastconvInputChannels;
        layers.add(new Conv2dNormActivation(lastconvInputChannels, lastconvOutputChannels, 1, 1, normLayer, Hardswish::new));
        features = new Sequential(layers.toArray(new Module[0]));
        classifier = new Sequential(
                new Linear(lastconvOutputChannels, lastChannel),
                new Hardswish(true),
                new Dropout(dropout).inplace(true),
                new Linear(lastChannel, numClasses));
    }

    public Tensor forward(@Dims("N, 3, 224, 224") Tensor x) {
        x = features.forward(x);
        x = avgpool.forward(x);
        x = Tensors.flatten(x, 1);
        x = classifier.forward(x);
        return x;
    }
}
