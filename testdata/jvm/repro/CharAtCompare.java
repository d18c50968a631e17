import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** String.charAt compared with a char literal: "x6".charAt(1) == '6' is true; the JVM gives Linear(4, 6), [N, 6]. */
public class CharAtCompare extends Module {
    private final Linear fc;

    public CharAtCompare() {
        int w = "x6".charAt(1) == '6' ? 6 : 1;
        fc = new Linear(4, w);
    }

    public Tensor forward(@Dims("N, 4") Tensor x) {
        return fc.forward(x);
    }
}
