import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** Residual block: dilated causal conv, PixelCNN gate, 1x1 residual and skip convs. */
public class ResidualBlock extends Module {
    public record Output(Tensor output, Tensor skip) {}

    private final DilatedCausalConv1d dilated;
    private final Conv1d conv_res;
    private final Conv1d conv_skip;
    private final Tanh gate_tanh = new Tanh();
    private final Sigmoid gate_sigmoid = new Sigmoid();

    public ResidualBlock(int resChannels, int skipChannels, int dilation) {
        dilated = new DilatedCausalConv1d(resChannels, dilation);
        conv_res = new Conv1d(resChannels, resChannels, 1);
        conv_skip = new Conv1d(resChannels, skipChannels, 1);
    }

    public Output forward(Tensor x, long skipSize) {
        Tensor output = dilated.forward(x);

        // PixelCNN gate
        Tensor gated_tanh = gate_tanh.forward(output);
        Tensor gated_sigmoid = gate_sigmoid.forward(output);
        Tensor gated = gated_tanh.mul(gated_sigmoid);

        // Residual network
        output = conv_res.forward(gated);
        Tensor input_cut = x.slice(2, -output.size(2), x.size(2));
        output = output.add(input_cut);

        // Skip connection
        Tensor skip = conv_skip.forward(gated);
        skip = skip.slice(2, -skipSize, skip.size(2));

        return new Output(output, skip);
    }
}
