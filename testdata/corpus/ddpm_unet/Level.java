import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** One resolution of the down or up path (an empty nn.Module() given attributes in the original). */
public class Level extends Module {
    final ModuleList block;
    final ModuleList attn;
    Downsample downsample;
    Upsample upsample;

    Level(ModuleList block, ModuleList attn) {
        this.block = block;
        this.attn = attn;
    }
}
