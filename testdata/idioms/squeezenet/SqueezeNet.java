import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.List;
import java.util.stream.IntStream;

/** torchvision's squeezenet1_0 / squeezenet1_1 (Iandola et al. 2016), chosen by an enum. */
public class SqueezeNet extends Module {
    /** The eight Fire modules, the same in both versions. */
    static final List<FireSpec> FIRES =
            IntStream.of(16, 16, 32, 32, 48, 48, 64, 64).mapToObj(s -> FireSpec.of(s, 4 * s)).toList();

    public enum Version {
        V1_0(96, 7, 3, 7),
        V1_1(64, 3, 2, 4);

        final int stemWidth;
        final int stemKernel;
        private final int[] poolBefore;

        Version(int stemWidth, int stemKernel, int... poolBefore) {
            this.stemWidth = stemWidth;
            this.stemKernel = stemKernel;
            this.poolBefore = poolBefore;
        }

        boolean poolBefore(int fire) {
            return IntStream.of(poolBefore).anyMatch(i -> i == fire);
        }

        static Version latest() {
            Version[] all = values();
            return all[all.length - 1];
        }
    }

    private final Sequential features = new Sequential();
    private final Sequential classifier;

    public SqueezeNet() {
        this(Version.latest(), 1000);
    }

    protected SqueezeNet(Version version, int numClasses) {
        features.add(new Conv2d(3, version.stemWidth, version.stemKernel).stride(2));
        features.add(new ReLU(true));
        features.add(new MaxPool2d(3, 2).ceilMode(true));
        int in = version.stemWidth;
        for (int i = 0; i < FIRES.size(); i++) {
            if (version.poolBefore(i)) {
                features.add(new MaxPool2d(3, 2).ceilMode(true));
            }
            features.add(new Fire(in, FIRES.get(i)));
            in = FIRES.get(i).outChannels();
        }
        classifier = new Sequential(
                new Dropout(0.5),
                new Conv2d(FIRES.get(FIRES.size() - 1).outChannels(), numClasses, 1),
                new ReLU(true),
                new AdaptiveAvgPool2d(1));
    }

    public Tensor forward(@Dims("N, 3, 224, 224") Tensor x) {
        x = features.forward(x);
        x = classifier.forward(x);
        return x.flatten(1);
    }
}
