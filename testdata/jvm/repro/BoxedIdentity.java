import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** == on two boxed Integers outside the -128..127 cache compares identities (false): the JVM gives Linear(4, 6), [N, 6]. */
public class BoxedIdentity extends Module {
    private final Linear fc;

    public BoxedIdentity() {
        Integer a = 1000;
        Integer b = 1000;
        fc = new Linear(4, a == b ? 100 : 6);
    }

    public Tensor forward(@Dims("N, 4") Tensor x) {
        return fc.forward(x);
    }
}
