import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** An int shift distance is masked by 31 (1 << 33 == 2), a long one by 63 (1L << 66 == 4): the JVM gives Linear(4, 6), [N, 6]. */
public class ShiftMask extends Module {
    private final Linear fc;

    public ShiftMask() {
        int distance = 33;
        int a = 1 << distance;
        long b = 1L << 66;
        fc = new Linear(4, a + (int) b);
    }

    public Tensor forward(@Dims("N, 4") Tensor x) {
        return fc.forward(x);
    }
}
