import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** torchvision.models.shufflenet_v2_x1_0(): stages [4, 8, 4], channels [24, 116, 232, 464, 1024]. */
public class ShuffleNetV2 extends Module {
    private final int[] stageOutChannels;
    private final Sequential conv1;
    private final MaxPool2d maxpool = new MaxPool2d(3).stride(2).padding(1);
    private final Sequential stage2;
    private final Sequential stage3;
    private final Sequential stage4;
    private final Sequential conv5;
    private final Linear fc;

    public ShuffleNetV2() {
        this(new int[] {4, 8, 4}, new int[] {24, 116, 232, 464, 1024}, 1000);
    }

    public ShuffleNetV2(int[] stagesRepeats, int[] stagesOutChannels, int numClasses) {
        if (stagesRepeats.length != 3) {
            throw new IllegalArgumentException("expected stages_repeats as list of 3 positive ints");
        }
        if (stagesOutChannels.length != 5) {
            throw new IllegalArgumentException("expected stages_out_channels as list of 5 positive ints");
        }
        this.stageOutChannels = stagesOutChannels;

        int inputChannels = 3;
        int outputChannels = stageOutChannels[0];
        conv1 = new Sequential(
                new Conv2d(inputChannels, outputChannels, 3, 2, 1).bias(false),
                new BatchNorm2d(outputChannels),
                new ReLU(true));
        inputChannels = outputChannels;

        Sequential[] stages = new Sequential[3];
        for (int s = 0; s < 3; s++) {
            outputChannels = stageOutChannels[s + 1];
            Sequential seq = new Sequential(new InvertedResidual(inputChannels, outputChannels, 2));
            for (int i = 0; i < stagesRepeats[s] - 1; i++) {
                seq.append(new InvertedResidual(outputChannels, outputChannels, 1));
            }
            stages[s] = seq;
            inputChannels = outputChannels;
        }
        stage2 = stages[0];
        stage3 = stages[1];
        stage4 = stages[2];

        outputChannels = stageOutChannels[stageOutChannels.length - 1];
        conv5 = new Sequential(
                new Conv2d(inputChannels, outputChannels, 1, 1, 0).bias(false),
                new BatchNorm2d(outputChannels),
                new ReLU(true));
        fc = new Linear(outputChannels, numClasses);
    }

    public Tensor forward(@Dims("N, 3, 224, 224") Tensor x) {
        x = conv1.forward(x);
        x = maxpool.forward(x);
        x = stage2.forward(x);
        x = stage3.forward(x);
        x = stage4.forward(x);
        x = conv5.forward(x);
        x = x.mean(2, 3); // globalpool
        x = fc.forward(x);
        return x;
    }
}
