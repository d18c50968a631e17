import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.Optional;

/** MobileNetV3's inverted residual block (torchvision layout: a Sequential named block). */
public class InvertedResidual extends Module {
    private final Sequential block = new Sequential();
    private final boolean useResConnect;

    public InvertedResidual(BneckConf cnf) {
        if (cnf.stride() < 1 || cnf.stride() > 2) {
            throw new IllegalArgumentException("illegal stride value");
        }
        useResConnect = cnf.useResConnect();
        if (cnf.expandedChannels() != cnf.inputChannels()) {
            block.add(new Conv1x1(cnf.inputChannels(), cnf.expandedChannels(), cnf.activation()));
        }
        int stride = cnf.dilation() > 1 ? 1 : cnf.stride();
        block.add(new ConvNormActivation(cnf.expandedChannels(), cnf.expandedChannels(), cnf.kernel(),
                stride, cnf.expandedChannels(), cnf.activation()));
        Optional.of(cnf)
                .filter(BneckConf::useSe)
                .map(c -> new SqueezeExcitation(c.expandedChannels(),
                        MobileNetV3Small.makeDivisible(c.expandedChannels() / 4, 8)))
                .ifPresent(block::add);
        block.add(new Conv1x1(cnf.expandedChannels(), cnf.outChannels(), Act.NONE));
    }

    public Tensor forward(Tensor input) {
        Tensor result = block.forward(input);
        return useResConnect ? result.add(input) : result;
    }
}
