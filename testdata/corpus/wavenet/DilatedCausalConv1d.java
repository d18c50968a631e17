import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** Dilated Causal Convolution for WaveNet. */
public class DilatedCausalConv1d extends Module {
    private final Conv1d conv;

    public DilatedCausalConv1d(int channels, int dilation) {
        conv = new Conv1d(channels, channels, 2).stride(1).dilation(dilation).padding(0).bias(false);
    }

    public Tensor forward(Tensor x) {
        Tensor output = conv.forward(x);
        return output;
    }
}
