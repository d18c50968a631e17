import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** A method of an enum constant: the JVM gives Linear(4, 16), [N, 16]. */
public class EnumMethod extends Module {
    enum Width {
        SMALL(3), LARGE(8);
        final int width;
        Width(int width) {
            this.width = width;
        }
        int doubled() {
            return width * 2;
        }
    }

    private final Linear fc = new Linear(4, Width.LARGE.doubled());

    public Tensor forward(@Dims("N, 4") Tensor x) {
        return fc.forward(x);
    }
}
