import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.Arrays;
import java.util.List;

/** Arrays.asList is a view of its array: set() writes through to the array. The JVM gives Linear(4, 6), [N, 6]. */
public class AsListWriteThrough extends Module {
    private final Linear fc;

    public AsListWriteThrough() {
        Integer[] widths = {1, 2};
        List<Integer> view = Arrays.asList(widths);
        view.set(0, 6);
        fc = new Linear(4, widths[0]);
    }

    public Tensor forward(@Dims("N, 4") Tensor x) {
        return fc.forward(x);
    }
}
