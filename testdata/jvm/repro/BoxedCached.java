import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** == on two boxed Integers of the same value inside the -128..127 cache compares one cached object (true): the JVM gives Linear(4, 6), [N, 6]. */
public class BoxedCached extends Module {
    private final Linear fc;

    public BoxedCached() {
        Integer a = 100;
        Integer b = 100;
        fc = new Linear(4, a == b ? 6 : 100);
    }

    public Tensor forward(@Dims("N, 4") Tensor x) {
        return fc.forward(x);
    }
}
