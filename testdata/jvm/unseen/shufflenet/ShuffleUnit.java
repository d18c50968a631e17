import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** Base of the two ShuffleNetV2 units: forward is a template (mix, then shuffle). */
public abstract class ShuffleUnit extends Module implements ChannelShuffler {
    protected final int inp;
    protected final int oup;
    protected final int branchFeatures;
    protected final Sequential branch1;
    protected final Sequential branch2;

    protected ShuffleUnit(int inp, int oup, int stride) {
        this.inp = inp;
        this.oup = oup;
        this.branchFeatures = oup / 2;
        if (stride == 1 && inp != branchFeatures << 1) {
            throw new IllegalArgumentException("inp " + inp + " != 2 * " + branchFeatures);
        }
        branch1 = makeBranch1(stride);
        int branch2In = stride > 1 ? inp : branchFeatures;
        branch2 = new Sequential(
                conv1x1(branch2In, branchFeatures), new BatchNorm2d(branchFeatures), new ReLU(true),
                depthwise(branchFeatures, stride), new BatchNorm2d(branchFeatures),
                conv1x1(branchFeatures, branchFeatures), new BatchNorm2d(branchFeatures), new ReLU(true));
    }

    /** Called from the base constructor: may only use its argument and the fields set before it. */
    protected abstract Sequential makeBranch1(int stride);

    protected abstract Tensor mix(Tensor x);

    protected static Conv2d conv1x1(int in, int out) {
        return new Conv2d(in, out, 1).bias(false);
    }

    protected static Conv2d depthwise(int channels, int stride) {
        return new Conv2d(channels, channels, 3, stride, 1).groups(channels).bias(false);
    }

    public Tensor forward(Tensor x) {
        return channelShuffle(mix(x));
    }
}
