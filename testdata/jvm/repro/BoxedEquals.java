import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** Integer.equals(Long) is false (different classes); the JVM gives Linear(4, 6), [N, 6]. */
public class BoxedEquals extends Module {
    private final Linear fc;

    public BoxedEquals() {
        Integer a = 6;
        int w = a.equals(6L) ? 1 : 6;
        fc = new Linear(4, w);
    }

    public Tensor forward(@Dims("N, 4") Tensor x) {
        return fc.forward(x);
    }
}
