import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** A conditional with int and double operands has type double (binary numeric promotion): String.valueOf(true ? 1 : 2.0) is "1.0"; the JVM gives Linear(4, 3), [N, 3]. */
public class TernaryPromotion extends Module {
    private final Linear fc;

    public TernaryPromotion() {
        int w = String.valueOf(true ? 1 : 2.0).length();
        fc = new Linear(4, w);
    }

    public Tensor forward(@Dims("N, 4") Tensor x) {
        return fc.forward(x);
    }
}
