import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** A helper finds the last Linear of a Sequential with instanceof and throws if there is none (multitask style): the JVM gives Linear(6, 3), [N, 3]. */
public class InstanceofWidth extends Module {
    private final Sequential body = new Sequential(new Linear(4, 6), new ReLU());
    private final Linear head = new Linear(widthOf(body), 3);

    static int widthOf(Sequential stack) {
        for (int i = stack.size() - 1; i >= 0; i--) {
            Module m = stack.get(i);
            if (m instanceof Linear linear) {
                return (int) linear.outFeatures();
            }
        }
        throw new IllegalArgumentException("no linear layer");
    }

    public Tensor forward(@Dims("N, 4") Tensor x) {
        return head.forward(body.forward(x));
    }
}
