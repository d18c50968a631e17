import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** A compound assignment to an int field with a double operand (this.hidden *= 1.5) narrows implicitly: the JVM gives Linear(4, 6), [N, 6]. */
public class CompoundField extends Module {
    private int hidden = 4;
    private final Linear fc;

    public CompoundField() {
        this.hidden *= 1.5;
        fc = new Linear(4, hidden);
    }

    public Tensor forward(@Dims("N, 4") Tensor x) {
        return fc.forward(x);
    }
}
