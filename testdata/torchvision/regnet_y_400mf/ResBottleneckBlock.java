import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/** torchvision.models.regnet.ResBottleneckBlock: x + f(x), with a projection when the shape changes. */
public class ResBottleneckBlock extends Module {
    private Conv2dNormActivation proj = null;
    private final BottleneckTransform f;
    private final ReLU activation = new ReLU(true);

    public ResBottleneckBlock(int widthIn, int widthOut, int stride, IntFunction<Module> normLayer,
            Supplier<Module> activationLayer, int groupWidth, double bottleneckMultiplier, Double seRatio) {
        boolean shouldProj = widthIn != widthOut || stride != 1;
        if (shouldProj) {
            proj = new Conv2dNormActivation(widthIn, widthOut, 1, stride, 1, normLayer, null);
        }
        f = new BottleneckTransform(widthIn, widthOut, stride, normLayer, activationLayer, groupWidth,
                bottleneckMultiplier, seRatio);
    }

    public Tensor forward(Tensor x) {
        if (proj != null) {
            x = proj.forward(x).add(f.forward(x));
        } else {
            x = x.add(f.forward(x));
        }
        return activation.forward(x);
    }
}
