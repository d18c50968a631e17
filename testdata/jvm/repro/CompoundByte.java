import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** A compound assignment to a byte (b += 300) narrows to 8 bits: 10 + 300 = 310, (byte) 310 == 54, the JVM gives Linear(4, 54), [N, 54]. */
public class CompoundByte extends Module {
    private final Linear fc;

    public CompoundByte() {
        byte b = 10;
        b += 300;
        fc = new Linear(4, b);
    }

    public Tensor forward(@Dims("N, 4") Tensor x) {
        return fc.forward(x);
    }
}
