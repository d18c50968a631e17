import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** torchvision.models.googlenet.BasicConv2d: conv without bias, BatchNorm (eps 0.001), ReLU. */
public class BasicConv2d extends Module {
    private final Conv2d conv;
    private final BatchNorm2d bn;

    public BasicConv2d(int inChannels, int outChannels, int kernelSize, int stride, int padding) {
        conv = new Conv2d(inChannels, outChannels, kernelSize).stride(stride).padding(padding).bias(false);
        bn = new BatchNorm2d(outChannels).eps(0.001);
    }

    public BasicConv2d(int inChannels, int outChannels, int kernelSize) {
        this(inChannels, outChannels, kernelSize, 1, 0);
    }

    public Tensor forward(Tensor x) {
        x = conv.forward(x);
        x = bn.forward(x);
        return F.relu(x, true);
    }
}
