import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** torchvision.models.mobilenetv2.InvertedResidual. */
public class InvertedResidual extends Module {
    private final int stride;
    private final boolean useResConnect;
    private final Sequential conv = new Sequential();

    public InvertedResidual(int inp, int oup, int stride, int expandRatio) {
        this.stride = stride;
        int hiddenDim = inp * expandRatio;
        useResConnect = stride == 1 && inp == oup;
        if (expandRatio != 1) {
            conv.add(new Conv2dNormActivation(inp, hiddenDim, 1, 1, 1));
        }
        conv.add(new Conv2dNormActivation(hiddenDim, hiddenDim, 3, stride, hiddenDim));
        conv.add(new Conv2d(hiddenDim, oup, 1).bias(false));
        conv.add(new BatchNorm2d(oup));
    }

    public Tensor forward(@Dims("N, 32, 112, 112") Tensor x) {
        if (useResConnect) {
            return x.add(conv.forward(x));
        } else {
            return conv.forward(x);
        }
    }
}
