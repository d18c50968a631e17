import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** An anonymous class implementing a user interface gives the width: the JVM gives Linear(4, 6), [N, 6]. */
public class AnonClass extends Module {
    interface Width {
        int get();
    }

    private final Linear fc;

    public AnonClass() {
        Width w = new Width() {
            @Override
            public int get() {
                return 6;
            }
        };
        fc = new Linear(4, w.get());
    }

    public Tensor forward(@Dims("N, 4") Tensor x) {
        return fc.forward(x);
    }
}
