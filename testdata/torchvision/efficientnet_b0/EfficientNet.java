import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.ArrayList;
import java.util.List;

/** torchvision.models.efficientnet_b0(): width 1.0, depth 1.0, dropout 0.2. */
public class EfficientNet extends Module {
    private final Sequential features;
    private final AdaptiveAvgPool2d avgpool = new AdaptiveAvgPool2d(1);
    private final Sequential classifier;

    public EfficientNet() {
        this(b0Setting(1.0, 1.0), 0.2, 0.2, 1000);
    }

    static List<MBConvConfig> b0Setting(double widthMult, double depthMult) {
        return List.of(
                new MBConvConfig(1, 3, 1, 32, 16, 1, widthMult, depthMult),
                new MBConvConfig(6, 3, 2, 16, 24, 2, widthMult, depthMult),
                new MBConvConfig(6, 5, 2, 24, 40, 2, widthMult, depthMult),
                new MBConvConfig(6, 3, 2, 40, 80, 3, widthMult, depthMult),
                new MBConvConfig(6, 5, 1, 80, 112, 3, widthMult, depthMult),
                new MBConvConfig(6, 5, 2, 112, 192, 4, widthMult, depthMult),
                new MBConvConfig(6, 3, 1, 192, 320, 1, widthMult, depthMult));
    }

    public EfficientNet(List<MBConvConfig> invertedResidualSetting, double dropout, double stochasticDepthProb, int numClasses) {
        if (invertedResidualSetting.isEmpty()) {
            throw new IllegalArgumentException("The inverted_residual_setting should not be empty");
        }
        List<Module> layers = new ArrayList<>();

        int firstconvOutputChannels = invertedResidualSetting.get(0).inputChannels;
        layers.add(new Conv2dNormActivation(3, firstconvOutputChannels, 3, 2, 1, BatchNorm2d::new, SiLU::new));

        int totalStageBlocks = 0;
        for (MBConvConfig cnf : invertedResidualSetting) {
            totalStageBlocks += cnf.numLayers;
        }
        int stageBlockId = 0;
        for (MBConvConfig cnf : invertedResidualSetting) {
            List<Module> stage = new ArrayList<>();
            for (int i = 0; i < cnf.numLayers; i++) {
                MBConvConfig blockCnf = cnf.copy();
                if (!stage.isEmpty()) {
                    blockCnf.inputChannels = blockCnf.outChannels;
                    blockCnf.stride = 1;
                }
                double sdProb = stochasticDepthProb * (double) stageBlockId / totalStageBlocks;
                stage.add(new MBConv(blockCnf, sdProb));
                stageBlockId++;
            }
            layers.add(new Sequential(stage.toArray(new Module[0])));
        }

        int lastconvInputChannels = invertedResidualSetting.get(invertedResidualSetting.size() - 1).outChannels;
        int lastconvOutputChannels = 4 * lastconvInputChannels;
        layers.add(new Conv2dNormActivation(lastconvInputChannels, lastconvOutputChannels, 1, 1, 1, BatchNorm2d::new, SiLU::new));

        features = new Sequential(layers.toArray(new Module[0]));
        classifier = new Sequential(new Dropout(dropout).inplace(true), new Linear(lastconvOutputChannels, numClasses));
    }

    public Tensor forward(@Dims("N, 3, 224, 224") Tensor x) {
        x = features.forward(x);
        x = avgpool.forward(x);
        x = Tensors.flatten(x, 1);
        x = classifier.forward(x);
        return x;
    }
}
