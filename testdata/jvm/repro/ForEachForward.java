import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** Iterable.forEach with a lambda in forward: the JVM applies the Linear, [N, 6]. */
public class ForEachForward extends Module {
    private final ModuleList layers = new ModuleList(new Linear(4, 6));

    public Tensor forward(@Dims("N, 4") Tensor x) {
        Tensor[] h = {x};
        layers.forEach(m -> h[0] = m.call(h[0]));
        return h[0];
    }
}
