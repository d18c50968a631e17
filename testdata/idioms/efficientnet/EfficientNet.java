import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.ArrayList;
import java.util.List;

/**
 * EfficientNet (Tan & Le 2019) as torchvision builds efficientnet_b0/b1: MBConv stages from a
 * table (here an enum), compound-scaled in width and depth, squeeze-and-excitation in each block.
 */
public class EfficientNet extends Module {
    /** The B0 stage table: expand ratio, kernel, stride, input and output channels, layers. */
    public enum Stage {
        S1(1, 3, 1, 32, 16, 1),
        S2(6, 3, 2, 16, 24, 2),
        S3(6, 5, 2, 24, 40, 2),
        S4(6, 3, 2, 40, 80, 3),
        S5(6, 5, 1, 80, 112, 3),
        S6(6, 5, 2, 112, 192, 4),
        S7(6, 3, 1, 192, 320, 1);

        final int expandRatio;
        final int kernel;
        final int stride;
        final int inChannels;
        final int outChannels;
        final int layers;

        Stage(int expandRatio, int kernel, int stride, int inChannels, int outChannels, int layers) {
            this.expandRatio = expandRatio;
            this.kernel = kernel;
            this.stride = stride;
            this.inChannels = inChannels;
            this.outChannels = outChannels;
            this.layers = layers;
        }

        int layers(double depthMult) {
            return (int) Math.ceil(layers * depthMult);
        }
    }

    /** Compound scaling coefficients of one family member. */
    public record Scaling(double width, double depth, double dropout) {
        public static Scaling b0() {
            return new Scaling(1.0, 1.0, 0.2);
        }

        public static Scaling b1() {
            return new Scaling(1.0, 1.1, 0.2);
        }

        int channels(int c) {
            return makeDivisible(c * width, 8);
        }
    }

    /** Rounds to a multiple of {@code divisor}, never below 90% of {@code v} (torchvision's _make_divisible). */
    static int makeDivisible(double v, int divisor) {
        int rounded = Math.max(divisor, (int) (v + divisor / 2.0) / divisor * divisor);
        return rounded < 0.9 * v ? rounded + divisor : rounded;
    }

    static Sequential convBnAct(int in, int out, int kernel, int stride, int groups, boolean activation) {
        Sequential s = new Sequential(
                new Conv2d(in, out, kernel).stride(stride).padding((kernel - 1) / 2).groups(groups).bias(false),
                new BatchNorm2d(out).eps(1e-3).momentum(0.01));
        if (activation) {
            s.add(new SiLU(true));
        }
        return s;
    }

    static class SqueezeExcitation extends Module {
        private final AdaptiveAvgPool2d avgpool = new AdaptiveAvgPool2d(1);
        private final Conv2d fc1;
        private final Conv2d fc2;
        private final SiLU activation = new SiLU();
        private final Sigmoid scaleActivation = new Sigmoid();

        SqueezeExcitation(int channels, int squeeze) {
            fc1 = new Conv2d(channels, squeeze, 1);
            fc2 = new Conv2d(squeeze, channels, 1);
        }

        public Tensor forward(Tensor x) {
            Tensor scale = scaleActivation.forward(fc2.forward(activation.forward(fc1.forward(avgpool.forward(x)))));
            return scale.mul(x);
        }
    }

    /** Inverted residual block: 1x1 expand, depthwise kxk, SE, 1x1 project; the model's helpers build it. */
    static class MBConv extends Module {
        private final Sequential block = new Sequential();
        private final boolean useResidual;

        MBConv(int in, int out, int expandRatio, int kernel, int stride) {
            int expanded = makeDivisible(in * (double) expandRatio, 8);
            if (expanded != in) {
                block.add(convBnAct(in, expanded, 1, 1, 1, true));
            }
            block.add(convBnAct(expanded, expanded, kernel, stride, expanded, true));
            block.add(new SqueezeExcitation(expanded, Math.max(1, in / 4)));
            block.add(convBnAct(expanded, out, 1, 1, 1, false));
            useResidual = stride == 1 && in == out;
        }

        public Tensor forward(Tensor x) {
            Tensor y = block.forward(x);
            return useResidual ? y.add(x) : y;
        }
    }

    private final Sequential features = new Sequential();
    private final AdaptiveAvgPool2d avgpool = new AdaptiveAvgPool2d(1);
    private final Sequential classifier;

    public EfficientNet() {
        this(Scaling.b0(), 1000);
    }

    protected EfficientNet(Scaling scaling, int numClasses) {
        features.add(convBnAct(3, scaling.channels(Stage.S1.inChannels), 3, 2, 1, true));
        List<Integer> widths = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            Sequential blocks = new Sequential();
            for (int i = 0; i < stage.layers(scaling.depth()); i++) {
                int in = i == 0 ? scaling.channels(stage.inChannels) : scaling.channels(stage.outChannels);
                blocks.add(new MBConv(in, scaling.channels(stage.outChannels), stage.expandRatio, stage.kernel, i == 0 ? stage.stride : 1));
            }
            features.add(String.valueOf(stage.ordinal() + 1), blocks);
            widths.add(scaling.channels(stage.outChannels));
        }
        int last = widths.get(widths.size() - 1);
        features.add(convBnAct(last, 4 * last, 1, 1, 1, true));
        classifier = new Sequential(new Dropout(scaling.dropout()).inplace(true), new Linear(4 * last, numClasses));
    }

    public Tensor forward(@Dims("N, 3, 224, 224") Tensor x) {
        x = avgpool.forward(features.forward(x)).flatten(1);
        return classifier.forward(x);
    }
}
