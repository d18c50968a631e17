import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** A narrowing cast (byte) 262 keeps the low 8 bits: the JVM gives Linear(4, 6), [N, 6]. */
public class ByteCast extends Module {
    private final Linear fc;

    public ByteCast() {
        int width = (byte) 262;
        fc = new Linear(4, width);
    }

    public Tensor forward(@Dims("N, 4") Tensor x) {
        return fc.forward(x);
    }
}
