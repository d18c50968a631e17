import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** A field read through a variable of the superclass type picks the superclass's field (fields are not virtual): the JVM gives Linear(4, 6), [N, 6]. */
public class FieldHiding extends Module {
    static class Base {
        int width = 6;
    }

    static class Wide extends Base {
        int width = 1;
    }

    private final Linear fc;

    public FieldHiding() {
        Base spec = new Wide();
        fc = new Linear(4, spec.width);
    }

    public Tensor forward(@Dims("N, 4") Tensor x) {
        return fc.forward(x);
    }
}
