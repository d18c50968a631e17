import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** An inner (non-static) module class reading a field of the enclosing model: the JVM gives Linear(4, 6), [N, 6]. */
public class InnerOuterField extends Module {
    private final boolean wide = true;

    class Block extends Module {
        private final Linear fc = new Linear(4, wide ? 6 : 5);

        public Tensor forward(Tensor x) {
            return fc.forward(x);
        }
    }

    private final Block block = new Block();

    public Tensor forward(@Dims("N, 4") Tensor x) {
        return block.forward(x);
    }
}
