import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** continue outer: in a nested loop skips the rest of the outer body: the JVM counts 2 distinct values, Linear(4, 2), [N, 2]. */
public class LabelledContinue extends Module {
    private final Linear fc;

    public LabelledContinue() {
        int[] values = {3, 3, 5};
        int distinct = 0;
        outer:
        for (int i = 0; i < values.length; i++) {
            for (int j = 0; j < i; j++) {
                if (values[j] == values[i]) {
                    continue outer;
                }
            }
            distinct++;
        }
        fc = new Linear(4, distinct);
    }

    public Tensor forward(@Dims("N, 4") Tensor x) {
        return fc.forward(x);
    }
}
