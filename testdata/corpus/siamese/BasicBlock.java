import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** torchvision.models.resnet.BasicBlock. */
public class BasicBlock extends Module {
    public static final int expansion = 1;

    private final Conv2d conv1;
    private final BatchNorm2d bn1;
    private final ReLU relu = new ReLU(true);
    private final Conv2d conv2;
    private final BatchNorm2d bn2;
    private final Sequential downsample;
    private final int stride;

    public BasicBlock(int inplanes, int planes, int stride, Sequential downsample) {
        conv1 = new Conv2d(inplanes, planes, 3).stride(stride).padding(1).bias(false);
        bn1 = new BatchNorm2d(planes);
        conv2 = new Conv2d(planes, planes, 3).padding(1).bias(false);
        bn2 = new BatchNorm2d(planes);
        this.downsample = downsample;
        this.stride = stride;
    }

    public Tensor forward(Tensor x) {
        Tensor identity = x;

        Tensor out = conv1.forward(x);
        out = bn1.forward(out);
        out = relu.forward(out);

        out = conv2.forward(out);
        out = bn2.forward(out);

        if (downsample != null) {
            identity = downsample.forward(x);
        }

        out = out.add(identity);
        out = relu.forward(out);

        return out;
    }
}
