import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

public class Upsample extends Module {
    private final boolean with_conv;
    private Conv2d conv;

    public Upsample(int inChannels, boolean withConv) {
        with_conv = withConv;
        if (with_conv) {
            conv = new Conv2d(inChannels, inChannels, 3).stride(1).padding(1);
        }
    }

    public Tensor forward(Tensor x) {
        x = F.interpolate(x, null, 2.0, "nearest");
        if (with_conv) {
            x = conv.forward(x);
        }
        return x;
    }
}
