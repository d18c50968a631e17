import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** == on Strings compares references: a token from split() is not the literal "M"; the JVM gives Linear(4, 6), [N, 6]. */
public class StringIdentity extends Module {
    private final Linear fc;

    public StringIdentity() {
        String tok = "64,M".split(",")[1];
        int w = tok == "M" ? 1 : 6;
        fc = new Linear(4, w);
    }

    public Tensor forward(@Dims("N, 4") Tensor x) {
        return fc.forward(x);
    }
}
