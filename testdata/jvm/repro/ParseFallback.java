import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** Integer.parseInt of a non-number throws NumberFormatException, which the constructor catches: the JVM gives Linear(4, 6), [N, 6]. */
public class ParseFallback extends Module {
    private final Linear fc;

    public ParseFallback() {
        int w;
        try {
            w = Integer.parseInt("M");
        } catch (NumberFormatException e) {
            w = 6;
        }
        fc = new Linear(4, w);
    }

    public Tensor forward(@Dims("N, 4") Tensor x) {
        return fc.forward(x);
    }
}
