import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/** torchvision.models.mobilenetv3.InvertedResidual: expand, depthwise, optional SE (hardsigmoid), project. */
public class InvertedResidual extends Module {
    private final boolean useResConnect;
    private final Sequential block;
    private final int outChannels;
    private final boolean isCn;

    public InvertedResidual(InvertedResidualConfig cnf, IntFunction<Module> normLayer) {
        if (!(1 <= cnf.stride && cnf.stride <= 2)) {
            throw new IllegalArgumentException("illegal stride value");
        }
        useResConnect = cnf.stride == 1 && cnf.inputChannels == cnf.outChannels;

        List<Module> layers = new ArrayList<>();
        Supplier<Module> activationLayer = cnf.useHs ? Hardswish::new : ReLU::new;

        if (cnf.expandedChannels != cnf.inputChannels) {
            layers.add(new Conv2dNormActivation(cnf.inputChannels, cnf.expandedChannels, 1, 1, normLayer, activationLayer));
        }
        int stride = cnf.dilation > 1 ? 1 : cnf.stride;
        layers.add(new Conv2dNormActivation(cnf.expandedChannels, cnf.expandedChannels, cnf.kernel, stride,
                cnf.expandedChannels, cnf.dilation, normLayer, activationLayer));
        if (cnf.useSe) {
            int squeezeChannels = InvertedResidualConfig.makeDivisible(cnf.expandedChannels / 4, 8);
            layers.add(new SqueezeExcitation(cnf.expandedChannels, squeezeChannels, ReLU::new, Hardsigmoid::new));
        }
        layers.add(new Conv2dNormActivation(cnf.expandedChannels, cnf.outChannels, 1, 1, normLayer, null));

        block = new Sequential(layers.toArray(new Module[0]));
        outChannels = cnf.outChannels;
        isCn = cnf.stride > 1;
    }

    public Tensor forward(Tensor input) {
        Tensor result = block.forward(input);
        if (useResConnect) {
            result = result.add(input);
        }
        return result;
    }
}
