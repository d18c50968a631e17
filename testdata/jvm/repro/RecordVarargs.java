import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import dev.shapesense.tensor.*;

/** A record with a varargs component (int... widths) built with several, and with no, trailing arguments; the compact constructor defaults it. */
public class RecordVarargs extends Module {
    record Spec(int in, int... widths) {
        Spec {
            if (widths.length == 0) {
                widths = new int[] {5, 6};
            }
        }
        int last() { return widths[widths.length - 1]; }
    }
    private final Linear a = new Linear(4, new Spec(4, 7, 9).last());
    private final Linear b = new Linear(9, new Spec(4).last());
    public Tensor forward(@Dims("N, 4") Tensor x) {
        return b.forward(a.forward(x));
    }
}
