import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.List;
import java.util.stream.Stream;

/** torchvision mobilenet_v3_small (1000 classes): 2,542,856 parameters. */
public class MobileNetV3Small extends Module {
    static final List<BneckConf> SETTING = List.of(
            new BneckConf(16, 3, 16, 16, true, "RE", 2),
            new BneckConf(16, 3, 72, 24, false, "RE", 2),
            new BneckConf(24, 3, 88, 24, false, "RE", 1),
            new BneckConf(24, 5, 96, 40, true, "HS", 2),
            new BneckConf(40, 5, 240, 40, true, "HS", 1),
            new BneckConf(40, 5, 240, 40, true, "HS", 1),
            new BneckConf(40, 5, 120, 48, true, "HS", 1),
            new BneckConf(48, 5, 144, 48, true, "HS", 1),
            new BneckConf(48, 5, 288, 96, true, "HS", 2),
            new BneckConf(96, 5, 576, 96, true, "HS", 1),
            new BneckConf(96, 5, 576, 96, true, "HS", 1));

    static int makeDivisible(double v, int divisor) {
        int newV = Math.max(divisor, (int) (v + divisor / 2.0) / divisor * divisor);
        if (newV < 0.9 * v) {
            newV += divisor;
        }
        return newV;
    }

    private final Sequential features = new Sequential();
    private final AdaptiveAvgPool2d avgpool = new AdaptiveAvgPool2d(1);
    private final Sequential classifier;

    public MobileNetV3Small() {
        this(SETTING, 1024, 1000);
    }

    public MobileNetV3Small(List<BneckConf> setting, int lastChannel, int numClasses) {
        int firstOut = setting.get(0).inputChannels();
        features.add(new ConvNormActivation(3, firstOut, 3, 2, 1, Act.HS));
        setting.stream().map(InvertedResidual::new).forEach(features::add);
        int lastIn = setting.get(setting.size() - 1).outChannels();
        int lastOut = 6 * lastIn;
        features.add(new Conv1x1(lastIn, lastOut, Act.HS));
        classifier = new Sequential(Stream.of(
                        new Linear(lastOut, lastChannel), new Hardswish(true),
                        new Dropout(0.2).inplace(true), new Linear(lastChannel, numClasses))
                .toArray(Module[]::new));
    }

    public Tensor forward(@Dims("N, 3, 224, 224") Tensor x) {
        x = features.forward(x);
        x = avgpool.forward(x);
        x = Tensors.flatten(x, 1);
        return classifier.forward(x);
    }
}
