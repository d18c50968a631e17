import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** torchvision.ops.misc.Permute: torch.permute(x, dims). */
public class Permute extends Module {
    private final int[] dims;

    public Permute(int[] dims) {
        this.dims = dims;
    }

    public Tensor forward(Tensor x) {
        return Tensors.permute(x, dims);
    }
}
