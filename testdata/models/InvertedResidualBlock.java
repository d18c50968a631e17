import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

public class InvertedResidualBlock extends Module {
    private final boolean useResConnect;
    private final Sequential conv = new Sequential();

    public InvertedResidualBlock(int inp, int oup, int stride, int expandRatio) {
        int hiddenDim = inp * expandRatio;
        useResConnect = stride == 1 && inp == oup;
        if (expandRatio != 1) {
            conv.add(new ConvBNReLU(inp, hiddenDim, 1));
        }
        conv.add(new ConvBNReLU(hiddenDim, hiddenDim, 3, stride, hiddenDim));
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
