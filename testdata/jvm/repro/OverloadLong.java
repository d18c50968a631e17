import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** Overloads block(int, int) and block(long, int) called with 4L: the JVM picks the long one, Linear(4, 6), [N, 6]. */
public class OverloadLong extends Module {
    private static Module block(int in, int out) {
        return new Linear(in, out);
    }
    private static Module block(long in, int out) {
        return new Linear(in, out + 1);
    }

    private final Module fc = block(4L, 5);

    public Tensor forward(@Dims("N, 4") Tensor x) {
        return fc.call(x);
    }
}
