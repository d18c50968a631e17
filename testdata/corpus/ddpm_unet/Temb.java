import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** The timestep-embedding holder (an empty nn.Module() with a `dense` attribute in the original). */
public class Temb extends Module {
    final ModuleList dense;

    Temb(ModuleList dense) {
        this.dense = dense;
    }
}
