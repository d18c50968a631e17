import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.function.Supplier;

/** torchvision.ops.misc.MLP (no norm layer, inplace None): Linear, activation, Dropout per hidden layer, then Linear, Dropout. */
public class MLP extends Sequential {
    public MLP(int inChannels, int[] hiddenChannels, Supplier<Module> activationLayer, boolean bias, double dropout) {
        int inDim = inChannels;
        for (int i = 0; i < hiddenChannels.length - 1; i++) {
            int hiddenDim = hiddenChannels[i];
            add(new Linear(inDim, hiddenDim).bias(bias));
            add(activationLayer.get());
            add(new Dropout(dropout));
            inDim = hiddenDim;
        }
        add(new Linear(inDim, hiddenChannels[hiddenChannels.length - 1]).bias(bias));
        add(new Dropout(dropout));
    }
}
