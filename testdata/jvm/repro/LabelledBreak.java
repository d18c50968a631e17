import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** break outer: in a nested loop leaves both loops: the JVM stops at i = 1, Linear(4, 1), [N, 1]. */
public class LabelledBreak extends Module {
    private final Linear fc;

    public LabelledBreak() {
        int count = 0;
        outer:
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                if (i == 1) {
                    break outer;
                }
            }
            count++;
        }
        fc = new Linear(4, count);
    }

    public Tensor forward(@Dims("N, 4") Tensor x) {
        return fc.forward(x);
    }
}
