import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** The middle of the U-Net (an empty nn.Module() given attributes in the original). */
public class Mid extends Module {
    ResnetBlock block_1;
    AttnBlock attn_1;
    ResnetBlock block_2;
}
