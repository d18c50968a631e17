import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** A user functional interface whose default method returns a lambda calling the abstract method: the JVM gives Linear(4, 6), [N, 6]. */
public class DefaultLambda extends Module {
    @FunctionalInterface
    interface WidthRule {
        int apply(int base);

        default WidthRule twice() {
            return b -> apply(apply(b));
        }
    }

    private final Linear fc;

    public DefaultLambda() {
        WidthRule plusTwo = b -> b + 2;
        fc = new Linear(4, plusTwo.twice().apply(2));
    }

    public Tensor forward(@Dims("N, 4") Tensor x) {
        return fc.forward(x);
    }
}
