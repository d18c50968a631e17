import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** A configuration helper throws and the constructor catches (try/catch of a user throw): the JVM takes the catch, Linear(4, 6), [N, 6]. */
public class ThrowCatch extends Module {
    static int parse(String s) {
        if (s.isEmpty()) {
            throw new IllegalArgumentException("empty");
        }
        return s.length();
    }

    private final Linear fc;

    public ThrowCatch() {
        int w;
        try {
            w = parse("");
        } catch (IllegalArgumentException e) {
            w = 6;
        }
        fc = new Linear(4, w);
    }

    public Tensor forward(@Dims("N, 4") Tensor x) {
        return fc.forward(x);
    }
}
