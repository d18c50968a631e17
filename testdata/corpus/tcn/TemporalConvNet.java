import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.ArrayList;
import java.util.List;

public class TemporalConvNet extends Module {
    private final Sequential network;

    public TemporalConvNet(int numInputs, int[] numChannels, int kernelSize, double dropout) {
        List<Module> layers = new ArrayList<>();
        int numLevels = numChannels.length;
        for (int i = 0; i < numLevels; i++) {
            int dilationSize = 1 << i;
            int inChannels = i == 0 ? numInputs : numChannels[i - 1];
            int outChannels = numChannels[i];
            layers.add(new TemporalBlock(inChannels, outChannels, kernelSize, 1, dilationSize,
                    (kernelSize - 1) * dilationSize, dropout));
        }
        network = new Sequential(layers.toArray(new Module[0]));
    }

    public Tensor forward(Tensor x) {
        return network.forward(x);
    }
}
