import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** einops Reduce('b n c -> b c', 'mean'), written out. */
public class Reduce extends Module {
    public Tensor forward(Tensor x) {
        return x.mean(1);
    }
}
