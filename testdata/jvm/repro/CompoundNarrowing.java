import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** A compound assignment to an int with a double operand (hidden *= 1.5) narrows implicitly: the JVM gives Linear(4, 6), [N, 6]. */
public class CompoundNarrowing extends Module {
    private final Linear fc;

    public CompoundNarrowing() {
        int hidden = 4;
        hidden *= 1.5;
        fc = new Linear(4, hidden);
    }

    public Tensor forward(@Dims("N, 4") Tensor x) {
        return fc.forward(x);
    }
}
