import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** long arithmetic wraps at 64 bits (Long.MAX_VALUE + 1 == Long.MIN_VALUE), Integer.MAX_VALUE + 7 wraps at 32, and -Integer.MIN_VALUE is itself: the JVM gives Linear(4, 6), [N, 6]. */
public class LongOverflow extends Module {
    private final Linear fc;

    public LongOverflow() {
        long big = Long.MAX_VALUE;
        long wrapped = big + 1;
        int sum = Integer.MAX_VALUE + 7;
        int negated = -Integer.MIN_VALUE;
        int width = wrapped == Long.MIN_VALUE && negated == Integer.MIN_VALUE ? sum - Integer.MIN_VALUE : 100;
        fc = new Linear(4, width);
    }

    public Tensor forward(@Dims("N, 4") Tensor x) {
        return fc.forward(x);
    }
}
