import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.Optional;

/** Optional.filter with an unbound method reference to a record accessor, then ifPresent adds a layer: the JVM adds Linear(4, 4), 20 params. */
public class FilterMrefIfPresent extends Module {
    record Cfg(int width, boolean useSe) {
    }

    private final Sequential seq = new Sequential();

    public FilterMrefIfPresent() {
        Optional.of(new Cfg(4, true)).filter(Cfg::useSe).ifPresent(c -> seq.add(new Linear(c.width(), c.width())));
    }

    public Tensor forward(@Dims("N, 4") Tensor x) {
        return seq.forward(x);
    }
}
