import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * torchvision.ops.misc.Conv2dNormActivation: conv, then a norm layer and an activation unless
 * null; padding (kernel_size - 1) / 2 * dilation, bias only without a norm layer.
 */
public class Conv2dNormActivation extends Sequential {
    public final int outChannels;

    public Conv2dNormActivation(int inChannels, int outChannels, int kernelSize, int stride, int groups,
            IntFunction<Module> normLayer, Supplier<Module> activationLayer) {
        int dilation = 1;
        int padding = (kernelSize - 1) / 2 * dilation;
        boolean bias = normLayer == null;
        add(new Conv2d(inChannels, outChannels, kernelSize)
                .stride(stride)
                .padding(padding)
                .dilation(dilation)
                .groups(groups)
                .bias(bias));
        if (normLayer != null) {
            add(normLayer.apply(outChannels));
        }
        if (activationLayer != null) {
            add(activationLayer.get());
        }
        this.outChannels = outChannels;
    }
}
