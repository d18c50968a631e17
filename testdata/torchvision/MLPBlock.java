import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** torchvision.models.vision_transformer.MLPBlock: Linear, GELU, Dropout, Linear, Dropout. */
public class MLPBlock extends Sequential {
    public MLPBlock(int inDim, int mlpDim, double dropout) {
        super(
                new Linear(inDim, mlpDim),
                new GELU(),
                new Dropout(dropout),
                new Linear(mlpDim, inDim),
                new Dropout(dropout));
    }
}
