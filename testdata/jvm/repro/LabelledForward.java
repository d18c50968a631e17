import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** break outer: in forward leaves both loops after the first Linear: the JVM applies fc once and runs clean, [N, 6]. */
public class LabelledForward extends Module {
    private final Linear fc = new Linear(4, 6);

    public Tensor forward(@Dims("N, 4") Tensor x) {
        outer:
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                x = fc.forward(x);
                break outer;
            }
        }
        return x;
    }
}
