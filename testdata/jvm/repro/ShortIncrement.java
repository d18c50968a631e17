import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** ++ on a short wraps at 16 bits: 32767 + 1 == -32768; the JVM gives Linear(4, 6), [N, 6]. */
public class ShortIncrement extends Module {
    private final Linear fc;

    public ShortIncrement() {
        short s = 32767;
        s++;
        int w = s + 32774;
        fc = new Linear(4, w);
    }

    public Tensor forward(@Dims("N, 4") Tensor x) {
        return fc.forward(x);
    }
}
