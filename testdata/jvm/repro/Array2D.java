import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** A two-dimensional int array written and read: the JVM gives Linear(4, 6), [N, 6]. */
public class Array2D extends Module {
    private final Linear fc;

    public Array2D() {
        int[][] cfg = new int[2][3];
        cfg[1][2] = 6;
        int w = cfg[1][2];
        fc = new Linear(4, w);
    }

    public Tensor forward(@Dims("N, 4") Tensor x) {
        return fc.forward(x);
    }
}
