import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** A width from StringBuilder.length(): the JVM gives Linear(4, 6), [N, 6]. */
public class StringBuilderWidth extends Module {
    private final Linear fc;

    public StringBuilderWidth() {
        String tag = new StringBuilder("con").append("v2d").toString();
        fc = new Linear(4, tag.length());
    }

    public Tensor forward(@Dims("N, 4") Tensor x) {
        return fc.forward(x);
    }
}
