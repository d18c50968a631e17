import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** torchvision.ops.SqueezeExcitation with a hard-sigmoid gate. */
public class SqueezeExcitation extends Module {
    private final AdaptiveAvgPool2d avgpool = new AdaptiveAvgPool2d(1);
    private final Conv2d fc1;
    private final Conv2d fc2;
    private final ReLU activation = new ReLU();
    private final Hardsigmoid scaleActivation = new Hardsigmoid();

    public SqueezeExcitation(int inputChannels, int squeezeChannels) {
        fc1 = new Conv2d(inputChannels, squeezeChannels, 1);
        fc2 = new Conv2d(squeezeChannels, inputChannels, 1);
    }

    private Tensor scale(Tensor input) {
        Tensor s = avgpool.forward(input);
        s = activation.forward(fc1.forward(s));
        return scaleActivation.forward(fc2.forward(s));
    }

    public Tensor forward(Tensor input) {
        return scale(input).mul(input);
    }
}
