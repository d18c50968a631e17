import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.ArrayList;
import java.util.List;

/** torchvision.models.efficientnet.MBConv: expand, depthwise, squeeze-excitation, project. */
public class MBConv extends Module {
    private final boolean useResConnect;
    private final Sequential block;
    private final StochasticDepth stochastic_depth;
    private final int outChannels;

    public MBConv(MBConvConfig cnf, double stochasticDepthProb) {
        if (!(1 <= cnf.stride && cnf.stride <= 2)) {
            throw new IllegalArgumentException("illegal stride value");
        }
        useResConnect = cnf.stride == 1 && cnf.inputChannels == cnf.outChannels;

        List<Module> layers = new ArrayList<>();
        int expandedChannels = MBConvConfig.adjustChannels(cnf.inputChannels, cnf.expandRatio);
        if (expandedChannels != cnf.inputChannels) {
            layers.add(new Conv2dNormActivation(cnf.inputChannels, expandedChannels, 1, 1, 1,
                    BatchNorm2d::new, SiLU::new));
        }
        layers.add(new Conv2dNormActivation(expandedChannels, expandedChannels, cnf.kernel, cnf.stride, expandedChannels,
                BatchNorm2d::new, SiLU::new));
        int squeezeChannels = Math.max(1, cnf.inputChannels / 4);
        layers.add(new SqueezeExcitation(expandedChannels, squeezeChannels, () -> new SiLU(true), Sigmoid::new));
        layers.add(new Conv2dNormActivation(expandedChannels, cnf.outChannels, 1, 1, 1, BatchNorm2d::new, null));

        block = new Sequential(layers.toArray(new Module[0]));
        stochastic_depth = new StochasticDepth(stochasticDepthProb, "row");
        outChannels = cnf.outChannels;
    }

    public Tensor forward(Tensor input) {
        Tensor result = block.forward(input);
        if (useResConnect) {
            result = stochastic_depth.forward(result);
            result = result.add(input);
        }
        return result;
    }
}
