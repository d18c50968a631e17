import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** torchvision.models.convnext_tiny(): stages (96, 192, 384, 768) x (3, 3, 9, 3), stochastic depth 0.1. */
public class ConvNeXt extends Module {
    private final Sequential features;
    private final AdaptiveAvgPool2d avgpool = new AdaptiveAvgPool2d(1);
    private final Sequential classifier;

    public ConvNeXt() {
        this(List.of(
                new CNBlockConfig(96, 192, 3),
                new CNBlockConfig(192, 384, 3),
                new CNBlockConfig(384, 768, 9),
                new CNBlockConfig(768, null, 3)), 0.1, 1e-6, 1000);
    }

    public ConvNeXt(List<CNBlockConfig> blockSetting, double stochasticDepthProb, double layerScale, int numClasses) {
        if (blockSetting.isEmpty()) {
            throw new IllegalArgumentException("The block_setting should not be empty");
        }
        IntFunction<Module> normLayer = c -> new LayerNorm2d(c, 1e-6);

        List<Module> layers = new ArrayList<>();
        int firstconvOutputChannels = blockSetting.get(0).inputChannels();
        layers.add(new Conv2dNormActivation(3, firstconvOutputChannels, 4, 4, 0, 1, normLayer, null, 1, true));

        int totalStageBlocks = 0;
        for (CNBlockConfig cnf : blockSetting) {
            totalStageBlocks += cnf.numLayers();
        }
        int stageBlockId = 0;
        for (CNBlockConfig cnf : blockSetting) {
            List<Module> stage = new ArrayList<>();
            for (int i = 0; i < cnf.numLayers(); i++) {
                double sdProb = stochasticDepthProb * stageBlockId / (totalStageBlocks - 1.0);
                stage.add(new CNBlock(cnf.inputChannels(), layerScale, sdProb));
                stageBlockId++;
            }
            layers.add(new Sequential(stage.toArray(new Module[0])));
            if (cnf.outChannels() != null) {
                layers.add(new Sequential(
                        normLayer.apply(cnf.inputChannels()),
                        new Conv2d(cnf.inputChannels(), cnf.outChannels(), 2).stride(2)));
            }
        }
        features = new Sequential(layers.toArray(new Module[0]));

        CNBlockConfig lastblock = blockSetting.get(blockSetting.size() - 1);
        int lastconvOutputChannels = lastblock.outChannels() != null ? lastblock.outChannels() : lastblock.inputChannels();
        classifier = new Sequential(
                normLayer.apply(lastconvOutputChannels), new Flatten(1), new Linear(lastconvOutputChannels, numClasses));
    }

    public Tensor forward(@Dims("N, 3, 224, 224") Tensor x) {
        x = features.forward(x);
        x = avgpool.forward(x);
        x = classifier.forward(x);
        return x;
    }
}
