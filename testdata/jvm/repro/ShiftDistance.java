import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** An int shift uses only the low 5 bits of its distance: 3 << 33 == 3 << 1 == 6; the JVM gives Linear(4, 6), [N, 6]. */
public class ShiftDistance extends Module {
    private final Linear fc;

    public ShiftDistance() {
        int w = 3 << 33;
        fc = new Linear(4, w);
    }

    public Tensor forward(@Dims("N, 4") Tensor x) {
        return fc.forward(x);
    }
}
