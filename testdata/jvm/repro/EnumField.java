import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** An enum constant's field: the JVM gives Linear(4, 8), [N, 8]. */
public class EnumField extends Module {
    enum Width {
        SMALL(3), LARGE(8);
        final int width;
        Width(int width) {
            this.width = width;
        }
    }

    private final Linear fc = new Linear(4, Width.LARGE.width);

    public Tensor forward(@Dims("N, 4") Tensor x) {
        return fc.forward(x);
    }
}
