import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** An unsigned shift of an int fills 32 bits: -16 >>> 28 == 15; the JVM gives Linear(4, 6), [N, 6]. */
public class UnsignedShift extends Module {
    private final Linear fc;

    public UnsignedShift() {
        int w = (-16 >>> 28) - 9;
        fc = new Linear(4, w);
    }

    public Tensor forward(@Dims("N, 4") Tensor x) {
        return fc.forward(x);
    }
}
