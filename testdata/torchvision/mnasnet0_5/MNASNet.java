import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** torchvision.models.mnasnet0_5(): MNASNet B1 with depth multiplier 0.5. */
public class MNASNet extends Module {
    // Paper suggests 0.9997 momentum, for TensorFlow. Equivalent PyTorch momentum is 1.0 - tensorflow.
    private static final double BN_MOMENTUM = 1 - 0.9997;

    private final double alpha;
    private final int numClasses;
    private final Sequential layers;
    private final Sequential classifier;

    public MNASNet() {
        this(0.5, 1000, 0.2);
    }

    public MNASNet(double alpha, int numClasses, double dropout) {
        if (alpha <= 0.0) {
            throw new IllegalArgumentException("alpha should be greater than 0.0 instead of " + alpha);
        }
        this.alpha = alpha;
        this.numClasses = numClasses;
        int[] depths = getDepths(alpha);
        layers = new Sequential(
                new Conv2d(3, depths[0], 3).padding(1).stride(2).bias(false),
                new BatchNorm2d(depths[0]).momentum(BN_MOMENTUM),
                new ReLU(true),
                new Conv2d(depths[0], depths[0], 3).padding(1).stride(1).groups(depths[0]).bias(false),
                new BatchNorm2d(depths[0]).momentum(BN_MOMENTUM),
                new ReLU(true),
                new Conv2d(depths[0], depths[1], 1).padding(0).stride(1).bias(false),
                new BatchNorm2d(depths[1]).momentum(BN_MOMENTUM),
                stack(depths[1], depths[2], 3, 2, 3, 3, BN_MOMENTUM),
                stack(depths[2], depths[3], 5, 2, 3, 3, BN_MOMENTUM),
                stack(depths[3], depths[4], 5, 2, 6, 3, BN_MOMENTUM),
                stack(depths[4], depths[5], 3, 1, 6, 2, BN_MOMENTUM),
                stack(depths[5], depths[6], 5, 2, 6, 4, BN_MOMENTUM),
                stack(depths[6], depths[7], 3, 1, 6, 1, BN_MOMENTUM),
                new Conv2d(depths[7], 1280, 1).padding(0).stride(1).bias(false),
                new BatchNorm2d(1280).momentum(BN_MOMENTUM),
                new ReLU(true));
        classifier = new Sequential(new Dropout(dropout).inplace(true), new Linear(1280, numClasses));
    }

    private static Sequential stack(int inCh, int outCh, int kernelSize, int stride, int expFactor, int repeats, double bnMomentum) {
        if (repeats < 1) {
            throw new IllegalArgumentException("repeats should be >= 1, instead got " + repeats);
        }
        Sequential s = new Sequential(new _InvertedResidual(inCh, outCh, kernelSize, stride, expFactor, bnMomentum));
        for (int i = 1; i < repeats; i++) {
            s.add(new _InvertedResidual(outCh, outCh, kernelSize, 1, expFactor, bnMomentum));
        }
        return s;
    }

    private static int roundToMultipleOf(double val, int divisor) {
        double roundUpBias = 0.9;
        int newVal = Math.max(divisor, (int) (val + divisor / 2.0) / divisor * divisor);
        return newVal >= roundUpBias * val ? newVal : newVal + divisor;
    }

    private static int[] getDepths(double alpha) {
        int[] depths = {32, 16, 24, 40, 80, 96, 192, 320};
        int[] out = new int[depths.length];
        for (int i = 0; i < depths.length; i++) {
            out[i] = roundToMultipleOf(depths[i] * alpha, 8);
        }
        return out;
    }

    public Tensor forward(@Dims("N, 3, 224, 224") Tensor x) {
        x = layers.forward(x);
        x = x.mean(new int[] {2, 3});
        return classifier.forward(x);
    }
}
