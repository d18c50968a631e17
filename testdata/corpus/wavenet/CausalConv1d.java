import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** Causal Convolution for WaveNet. */
public class CausalConv1d extends Module {
    private final Conv1d conv;

    public CausalConv1d(int inChannels, int outChannels) {
        conv = new Conv1d(inChannels, outChannels, 2).stride(1).padding(1).bias(false);
    }

    public Tensor forward(Tensor x) {
        Tensor output = conv.forward(x);
        // remove last value for causal convolution
        return output.slice(2, 0, -1);
    }
}
