import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** A static initializer block fills a static final array: the JVM gives Linear(4, 6), [N, 6]. */
public class StaticInit extends Module {
    private static final int[] WIDTHS;
    static {
        WIDTHS = new int[] {5, 6};
    }

    private final Linear fc = new Linear(4, WIDTHS[1]);

    public Tensor forward(@Dims("N, 4") Tensor x) {
        return fc.forward(x);
    }
}
