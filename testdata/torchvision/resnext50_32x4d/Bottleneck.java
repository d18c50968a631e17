import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** torchvision.models.resnet.Bottleneck (ResNet V1.5: the stride on the 3x3 conv). */
public class Bottleneck extends Module {
    public static final int expansion = 4;

    private final Conv2d conv1;
    private final BatchNorm2d bn1;
    private final Conv2d conv2;
    private final BatchNorm2d bn2;
    private final Conv2d conv3;
    private final BatchNorm2d bn3;
    private final ReLU relu = new ReLU(true);
    private final Sequential downsample;
    private final int stride;

    public Bottleneck(int inplanes, int planes, int stride, Sequential downsample, int groups, int baseWidth, int dilation) {
        int width = (int) (planes * (baseWidth / 64.0)) * groups;
        conv1 = conv1x1(inplanes, width, 1);
        bn1 = new BatchNorm2d(width);
        conv2 = conv3x3(width, width, stride, groups, dilation);
        bn2 = new BatchNorm2d(width);
        conv3 = conv1x1(width, planes * expansion, 1);
        bn3 = new BatchNorm2d(planes * expansion);
        this.downsample = downsample;
        this.stride = stride;
    }

    static Conv2d conv3x3(int inPlanes, int outPlanes, int stride, int groups, int dilation) {
        return new Conv2d(inPlanes, outPlanes, 3)
                .stride(stride)
                .padding(dilation)
                .groups(groups)
                .bias(false)
                .dilation(dilation);
    }

    static Conv2d conv1x1(int inPlanes, int outPlanes, int stride) {
        return new Conv2d(inPlanes, outPlanes, 1).stride(stride).bias(false);
    }

    public Tensor forward(Tensor x) {
        Tensor identity = x;

        Tensor out = conv1.forward(x);
        out = bn1.forward(out);
        out = relu.forward(out);

        out = conv2.forward(out);
        out = bn2.forward(out);
        out = relu.forward(out);

        out = conv3.forward(out);
        out = bn3.forward(out);

        if (downsample != null) {
            identity = downsample.forward(x);
        }

        out = out.add(identity);
        out = relu.forward(out);
        return out;
    }
}
