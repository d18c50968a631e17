import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** List<Integer>.remove(Integer) removes the element equal to it (remove(Object), not remove(int)): [5, 1, 9] becomes [1, 9]; the JVM gives Linear(4, 6), [N, 6]. */
public class RemoveObject extends Module {
    private final Linear fc;

    public RemoveObject() {
        java.util.List<Integer> widths = new java.util.ArrayList<>(java.util.List.of(5, 1, 9));
        widths.remove(Integer.valueOf(5));
        int w = widths.get(0) + 5;
        fc = new Linear(4, w);
    }

    public Tensor forward(@Dims("N, 4") Tensor x) {
        return fc.forward(x);
    }
}
