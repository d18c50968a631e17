import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

public class Bottleneck extends Module {
    public static final int expansion = 4;

    private final Conv2d conv1;
    private final BatchNorm2d bn1;
    private final Conv2d conv2;
    private final BatchNorm2d bn2;
    private final Conv2d conv3;
    private final BatchNorm2d bn3;
    private final ReLU relu = new ReLU();
    private final Sequential downsample;

    public Bottleneck(int inplanes, int planes, int stride, Sequential downsample) {
        this.conv1 = new Conv2d(inplanes, planes, 1).bias(false);
        this.bn1 = new BatchNorm2d(planes);
        this.conv2 = new Conv2d(planes, planes, 3).stride(stride).padding(1).bias(false);
        this.bn2 = new BatchNorm2d(planes);
        this.conv3 = new Conv2d(planes, planes * expansion, 1).bias(false);
        this.bn3 = new BatchNorm2d(planes * expansion);
        this.downsample = downsample;
    }

    public Tensor forward(@Dims("N, 64, 56, 56") Tensor x) {
        Tensor identity = x;
        Tensor out = relu.forward(bn1.forward(conv1.forward(x)));
        out = relu.forward(bn2.forward(conv2.forward(out)));
        out = bn3.forward(conv3.forward(out));
        if (downsample != null) {
            identity = downsample.forward(x);
        }
        out = out.add(identity);
        return relu.forward(out);
    }
}
