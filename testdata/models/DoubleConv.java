import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

public class DoubleConv extends Module {
    private final Sequential doubleConv;

    public DoubleConv(int inChannels, int outChannels) {
        doubleConv = new Sequential(
                new Conv2d(inChannels, outChannels, 3).padding(1).bias(false),
                new BatchNorm2d(outChannels),
                new ReLU(),
                new Conv2d(outChannels, outChannels, 3).padding(1).bias(false),
                new BatchNorm2d(outChannels),
                new ReLU());
    }

    public Tensor forward(@Dims("N, 3, 64, 64") Tensor x) {
        return doubleConv.forward(x);
    }
}
