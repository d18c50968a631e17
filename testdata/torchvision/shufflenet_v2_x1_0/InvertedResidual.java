import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.List;

/** torchvision.models.shufflenetv2.InvertedResidual: two branches, concatenated, then a channel shuffle. */
public class InvertedResidual extends Module {
    private final int stride;
    private final Sequential branch1;
    private final Sequential branch2;

    public InvertedResidual(int inp, int oup, int stride) {
        if (!(1 <= stride && stride <= 3)) {
            throw new IllegalArgumentException("illegal stride value");
        }
        this.stride = stride;
        int branchFeatures = oup / 2;
        if (stride == 1 && inp != branchFeatures << 1) {
            throw new IllegalArgumentException("Invalid combination of stride " + stride + ", inp " + inp + " and oup " + oup
                    + " values. If stride == 1 then inp should be equal to oup // 2 << 1.");
        }
        if (stride > 1) {
            branch1 = new Sequential(
                    depthwiseConv(inp, inp, 3, stride, 1, false),
                    new BatchNorm2d(inp),
                    new Conv2d(inp, branchFeatures, 1).stride(1).padding(0).bias(false),
                    new BatchNorm2d(branchFeatures),
                    new ReLU(true));
        } else {
            branch1 = new Sequential();
        }
        branch2 = new Sequential(
                new Conv2d(stride > 1 ? inp : branchFeatures, branchFeatures, 1).stride(1).padding(0).bias(false),
                new BatchNorm2d(branchFeatures),
                new ReLU(true),
                depthwiseConv(branchFeatures, branchFeatures, 3, stride, 1, false),
                new BatchNorm2d(branchFeatures),
                new Conv2d(branchFeatures, branchFeatures, 1).stride(1).padding(0).bias(false),
                new BatchNorm2d(branchFeatures),
                new ReLU(true));
    }

    static Conv2d depthwiseConv(int i, int o, int kernelSize, int stride, int padding, boolean bias) {
        return new Conv2d(i, o, kernelSize, stride, padding).bias(bias).groups(i);
    }

    static Tensor channelShuffle(Tensor x, int groups) {
        long batchsize = x.size(0);
        long numChannels = x.size(1);
        long height = x.size(2);
        long width = x.size(3);
        long channelsPerGroup = numChannels / groups;

        x = x.view(batchsize, groups, channelsPerGroup, height, width);
        x = Tensors.transpose(x, 1, 2).contiguous();
        x = x.view(batchsize, -1, height, width);
        return x;
    }

    public Tensor forward(Tensor x) {
        Tensor out;
        if (stride == 1) {
            List<Tensor> halves = x.chunk(2, 1);
            Tensor x1 = halves.get(0);
            Tensor x2 = halves.get(1);
            out = Tensors.cat(List.of(x1, branch2.forward(x2)), 1);
        } else {
            out = Tensors.cat(List.of(branch1.forward(x), branch2.forward(x)), 1);
        }
        out = channelShuffle(out, 2);
        return out;
    }
}
