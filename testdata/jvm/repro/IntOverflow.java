import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** int multiplication overflows (65536 * 65536 == 0 in 32-bit int): the JVM gives Linear(4, 6), [N, 6]. */
public class IntOverflow extends Module {
    private final Linear fc;

    public IntOverflow() {
        int side = 65536;
        int width = side * side + 6;
        fc = new Linear(4, width);
    }

    public Tensor forward(@Dims("N, 4") Tensor x) {
        return fc.forward(x);
    }
}
