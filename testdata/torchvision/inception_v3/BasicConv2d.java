import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** torchvision.models.inception.BasicConv2d: conv without bias, BatchNorm (eps 0.001), ReLU. */
public class BasicConv2d extends Module {
    private final Conv2d conv;
    private final BatchNorm2d bn;

    public BasicConv2d(int inChannels, int outChannels, int[] kernelSize, int[] stride, int[] padding) {
        conv = new Conv2d(inChannels, outChannels, kernelSize).stride(stride).padding(padding).bias(false);
        bn = new BatchNorm2d(outChannels).eps(0.001);
    }

    public BasicConv2d(int inChannels, int outChannels, int kernelSize, int stride, int padding) {
        this(inChannels, outChannels, new int[] {kernelSize, kernelSize}, new int[] {stride, stride}, new int[] {padding, padding});
    }

    public BasicConv2d(int inChannels, int outChannels, int kernelSize) {
        this(inChannels, outChannels, kernelSize, 1, 0);
    }

    /** kernel_size=(kh, kw), padding=(ph, pw). */
    public BasicConv2d(int inChannels, int outChannels, int[] kernelSize, int[] padding) {
        this(inChannels, outChannels, kernelSize, new int[] {1, 1}, padding);
    }

    public Tensor forward(Tensor x) {
        x = conv.forward(x);
        x = bn.forward(x);
        return F.relu(x, true);
    }
}
