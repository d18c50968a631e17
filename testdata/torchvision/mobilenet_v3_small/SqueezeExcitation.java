import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.function.Supplier;

/** torchvision.ops.misc.SqueezeExcitation: x * scale_activation(fc2(activation(fc1(avgpool(x))))). */
public class SqueezeExcitation extends Module {
    private final AdaptiveAvgPool2d avgpool = new AdaptiveAvgPool2d(1);
    private final Conv2d fc1;
    private final Conv2d fc2;
    private final Module activation;
    private final Module scale_activation;

    public SqueezeExcitation(int inputChannels, int squeezeChannels, Supplier<Module> activation, Supplier<Module> scaleActivation) {
        fc1 = new Conv2d(inputChannels, squeezeChannels, 1);
        fc2 = new Conv2d(squeezeChannels, inputChannels, 1);
        this.activation = activation.get();
        this.scale_activation = scaleActivation.get();
    }

    private Tensor scale(Tensor input) {
        Tensor scale = avgpool.forward(input);
        scale = fc1.forward(scale);
        scale = activation.call(scale);
        scale = fc2.forward(scale);
        return scale_activation.call(scale);
    }

    public Tensor forward(Tensor input) {
        Tensor scale = scale(input);
        return scale.mul(input);
    }
}
