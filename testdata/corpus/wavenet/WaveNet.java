import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/**
 * golbin/WaveNet wavenet/networks.py's WaveNet: causal conv, a stack of dilated residual blocks
 * with skip connections summed, DensNet. Small: layer_size 5, stack_size 2, 32 input channels
 * (256 quantization levels in the original's training), 16 residual channels.
 */
public class WaveNet extends Module {
    private final int receptive_fields;
    private final CausalConv1d causal;
    private final ResidualStack res_stack;
    private final DensNet densnet;

    public WaveNet() {
        this(5, 2, 32, 16);
    }

    public WaveNet(int layerSize, int stackSize, int inChannels, int resChannels) {
        receptive_fields = calcReceptiveFields(layerSize, stackSize);
        causal = new CausalConv1d(inChannels, resChannels);
        res_stack = new ResidualStack(layerSize, stackSize, resChannels, inChannels);
        densnet = new DensNet(inChannels);
    }

    static int calcReceptiveFields(int layerSize, int stackSize) {
        int numReceptiveFields = 0;
        for (int s = 0; s < stackSize; s++) {
            for (int i = 0; i < layerSize; i++) {
                numReceptiveFields += 1 << i;
            }
        }
        return numReceptiveFields;
    }

    private long calcOutputSize(Tensor x) {
        long outputSize = x.size(2) - receptive_fields;
        checkInputSize(x, outputSize);
        return outputSize;
    }

    private void checkInputSize(Tensor x, long outputSize) {
        if (outputSize < 1) {
            throw new ShapeError("Input size has to be larger than receptive_fields\n"
                    + "Input size: " + x.size(2) + ", Receptive fields size: " + receptive_fields
                    + ", Output size: " + outputSize);
        }
    }

    /** x: Tensor[batch, timestep, channels]; returns Tensor[batch, timestep, channels]. */
    public Tensor forward(@Dims("N, 100, 32") Tensor x) {
        Tensor output = x.transpose(1, 2);

        long outputSize = calcOutputSize(output);

        output = causal.forward(output);

        Tensor skipConnections = res_stack.forward(output, outputSize);

        output = Tensors.sum(skipConnections, 0);

        output = densnet.forward(output);

        return output.transpose(1, 2).contiguous();
    }
}
