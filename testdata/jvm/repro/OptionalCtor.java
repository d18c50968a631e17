import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.*;

/** Optional.of(..).filter(..).map(..).orElseGet(..) building a layer: the JVM gives Linear(4, 6), [N, 6]. */
public class OptionalCtor extends Module {
    private final Linear fc = Optional.of(4).filter(v -> v > 2).map(v -> new Linear(v, 6)).orElseGet(() -> new Linear(4, 7));

    public Tensor forward(@Dims("N, 4") Tensor x) {
        return fc.forward(x);
    }
}
