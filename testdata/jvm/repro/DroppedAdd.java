import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** An inner class reading the enclosing model's field inside Sequential.add: the JVM adds both Linears and runs clean, [N, 3]. */
public class DroppedAdd extends Module {
    private final boolean wide = true;

    class Block extends Module {
        private final Sequential body = new Sequential();

        Block() {
            body.add(new Linear(4, wide ? 6 : 5));
            body.add(new Linear(6, 3));
        }

        public Tensor forward(Tensor x) {
            return body.forward(x);
        }
    }

    private final Block block = new Block();

    public Tensor forward(@Dims("N, 4") Tensor x) {
        return block.forward(x);
    }
}
