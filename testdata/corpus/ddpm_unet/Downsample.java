import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

public class Downsample extends Module {
    private final boolean with_conv;
    private Conv2d conv;

    public Downsample(int inChannels, boolean withConv) {
        with_conv = withConv;
        if (with_conv) {
            // no asymmetric padding in torch conv, must do it ourselves
            conv = new Conv2d(inChannels, inChannels, 3).stride(2).padding(0);
        }
    }

    public Tensor forward(Tensor x) {
        if (with_conv) {
            int[] pad = {0, 1, 0, 1};
            x = F.pad(x, pad, "constant", 0.0);
            x = conv.forward(x);
        } else {
            x = F.avgPool2d(x, 2, 2);
        }
        return x;
    }
}
