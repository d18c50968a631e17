import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.ArrayList;
import java.util.List;

/**
 * Stack residual blocks by layer and stack size. As in the original, the blocks are kept in a
 * plain list, so they are not registered submodules (no parameters counted, no hooks).
 */
public class ResidualStack extends Module {
    private final int layer_size;
    private final int stack_size;
    private final List<ResidualBlock> res_blocks;

    public ResidualStack(int layerSize, int stackSize, int resChannels, int skipChannels) {
        layer_size = layerSize;
        stack_size = stackSize;
        res_blocks = stackResBlock(resChannels, skipChannels);
    }

    private List<Integer> buildDilations() {
        List<Integer> dilations = new ArrayList<>();
        // 5 = stack[layer1, layer2, layer3, layer4, layer5]
        for (int s = 0; s < stack_size; s++) {
            // 10 = layer[dilation=1, dilation=2, 4, 8, 16, 32, 64, 128, 256, 512]
            for (int l = 0; l < layer_size; l++) {
                dilations.add(1 << l);
            }
        }
        return dilations;
    }

    private List<ResidualBlock> stackResBlock(int resChannels, int skipChannels) {
        // Prepare dilated convolution blocks by layer and stack size
        List<ResidualBlock> resBlocks = new ArrayList<>();
        for (int dilation : buildDilations()) {
            resBlocks.add(new ResidualBlock(resChannels, skipChannels, dilation));
        }
        return resBlocks;
    }

    public Tensor forward(Tensor x, long skipSize) {
        Tensor output = x;
        List<Tensor> skipConnections = new ArrayList<>();
        for (ResidualBlock resBlock : res_blocks) {
            // output is the next input
            ResidualBlock.Output out = resBlock.forward(output, skipSize);
            output = out.output();
            skipConnections.add(out.skip());
        }
        return Tensors.stack(skipConnections);
    }
}
