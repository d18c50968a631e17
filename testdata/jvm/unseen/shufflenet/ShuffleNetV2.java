import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** torchvision shufflenet_v2_x0_5 (1000 classes): 1,366,792 parameters. */
public class ShuffleNetV2 extends Module {
    public static final class Builder {
        private int[] repeats = {4, 8, 4};
        private int[] channels = {24, 48, 96, 192, 1024};
        private int numClasses = 1000;

        public Builder repeats(int... repeats) {
            this.repeats = repeats.clone();
            return this;
        }

        public Builder channels(int... channels) {
            this.channels = channels;
            return this;
        }

        public Builder numClasses(int numClasses) {
            this.numClasses = numClasses;
            return this;
        }

        public ShuffleNetV2 build() {
            if (repeats.length != 3 || channels.length != 5) {
                throw new IllegalStateException("expected 3 stages and 5 widths");
            }
            return new ShuffleNetV2(this);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    private final Sequential conv1;
    private final MaxPool2d maxpool = new MaxPool2d(3, 2, 1);
    private final Map<String, Sequential> stages = new LinkedHashMap<>();
    private final Sequential conv5;
    private final Linear fc;

    public ShuffleNetV2() {
        this(builder().repeats(4, 8, 4));
    }

    private ShuffleNetV2(Builder b) {
        var widths = b.channels;
        int inputChannels = widths[0];
        conv1 = new Sequential(new Conv2d(3, inputChannels, 3, 2, 1).bias(false),
                new BatchNorm2d(inputChannels), new ReLU(true));
        int i = 0;
        while (i < b.repeats.length) {
            int out = widths[i + 1];
            var seq = new Sequential(new DownUnit(inputChannels, out));
            for (int r = 1; r < b.repeats[i]; r++) {
                seq.add(new BasicUnit(out));
            }
            stages.put("stage" + (i + 2), seq);
            inputChannels = out;
            i++;
        }
        stages.forEach(this::addModule);
        int last = widths[widths.length - 1];
        conv5 = new Sequential(new Conv2d(inputChannels, last, 1, 1, 0).bias(false),
                new BatchNorm2d(last), new ReLU(true));
        fc = new Linear(last, b.numClasses);
    }

    public Tensor forward(@Dims("N, 3, 224, 224") Tensor x) {
        x = maxpool.forward(conv1.forward(x));
        for (var stage : stages.values()) {
            x = stage.forward(x);
        }
        x = conv5.forward(x);
        x = x.mean(2, 3);
        return fc.forward(x);
    }
}
