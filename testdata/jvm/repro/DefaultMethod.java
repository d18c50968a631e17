import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

interface Sizes {
    int EXTRA = 2;
    default int widen(int x) {
        return x + EXTRA;
    }
}

/** An interface default method called on this in the constructor: the JVM gives Linear(4, 6), [N, 6]. */
public class DefaultMethod extends Module implements Sizes {
    private final Linear fc;

    public DefaultMethod() {
        fc = new Linear(4, widen(4));
    }

    public Tensor forward(@Dims("N, 4") Tensor x) {
        return fc.forward(x);
    }
}
