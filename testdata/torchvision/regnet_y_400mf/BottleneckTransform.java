import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/** torchvision.models.regnet.BottleneckTransform: a (1x1), b (3x3 grouped), se, c (1x1), named. */
public class BottleneckTransform extends Sequential {
    public BottleneckTransform(int widthIn, int widthOut, int stride, IntFunction<Module> normLayer,
            Supplier<Module> activationLayer, int groupWidth, double bottleneckMultiplier, Double seRatio) {
        int wB = (int) Math.round(widthOut * bottleneckMultiplier);
        int g = wB / groupWidth;
        add("a", new Conv2dNormActivation(widthIn, wB, 1, 1, 1, normLayer, activationLayer));
        add("b", new Conv2dNormActivation(wB, wB, 3, stride, g, normLayer, activationLayer));
        if (seRatio != null && seRatio != 0.0) {
            int widthSeOut = (int) Math.round(seRatio * widthIn);
            add("se", new SqueezeExcitation(wB, widthSeOut, activationLayer, Sigmoid::new));
        }
        add("c", new Conv2dNormActivation(wB, widthOut, 1, 1, 1, normLayer, null));
    }
}
