import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** A compound assignment to an int array element with a double operand (widths[1] /= 1.5) narrows implicitly: the JVM gives Linear(4, 6), [N, 6]. */
public class CompoundArray extends Module {
    private final Linear fc;

    public CompoundArray() {
        int[] widths = {3, 10};
        widths[1] /= 1.5;
        fc = new Linear(4, widths[1]);
    }

    public Tensor forward(@Dims("N, 4") Tensor x) {
        return fc.forward(x);
    }
}
