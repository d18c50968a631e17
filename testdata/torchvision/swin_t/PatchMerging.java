import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.List;
import java.util.function.IntFunction;

/** torchvision.models.swin_transformer.PatchMerging: 2x2 neighbours concatenated, normalized, reduced to 2C. */
public class PatchMerging extends Module {
    private final int dim;
    private final Linear reduction;
    private final Module norm;

    public PatchMerging(int dim, IntFunction<Module> normLayer) {
        this.dim = dim;
        reduction = new Linear(4 * dim, 2 * dim).bias(false);
        norm = normLayer.apply(4 * dim);
    }

    /** _patch_merging_pad: [..., H, W, C] to [..., H/2, W/2, 4C]. */
    static Tensor patchMergingPad(Tensor x) {
        int h = (int) x.size(-3);
        int w = (int) x.size(-2);
        x = F.pad(x, 0, 0, 0, w % 2, 0, h % 2);
        Tensor x0 = x.index(Index.ellipsis(), Index.from(0, 2), Index.from(0, 2), Index.all()); // ... H/2 W/2 C
        Tensor x1 = x.index(Index.ellipsis(), Index.from(1, 2), Index.from(0, 2), Index.all()); // ... H/2 W/2 C
        Tensor x2 = x.index(Index.ellipsis(), Index.from(0, 2), Index.from(1, 2), Index.all()); // ... H/2 W/2 C
        Tensor x3 = x.index(Index.ellipsis(), Index.from(1, 2), Index.from(1, 2), Index.all()); // ... H/2 W/2 C
        return Tensors.cat(List.of(x0, x1, x2, x3), -1); // ... H/2 W/2 4*C
    }

    public Tensor forward(Tensor x) {
        x = patchMergingPad(x);
        x = norm.call(x);
        x = reduction.forward(x); // ... H/2 W/2 2*C
        return x;
    }
}
