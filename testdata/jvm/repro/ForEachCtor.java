import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.*;

/** Iterable.forEach with a lambda in the constructor: the JVM adds Linear(4, 6), [N, 6]. */
public class ForEachCtor extends Module {
    private final ModuleList layers = new ModuleList();

    public ForEachCtor() {
        List.of(6).forEach(w -> layers.add(new Linear(4, w)));
    }

    public Tensor forward(@Dims("N, 4") Tensor x) {
        for (Module m : layers) {
            x = m.call(x);
        }
        return x;
    }
}
