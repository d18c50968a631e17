import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.function.Function;

/** An unbound method reference to a user record's accessor, applied through Function: the JVM gives Linear(4, 6), [N, 6]. */
public class UnboundMref extends Module {
    record Cfg(int width) {
    }

    private final Linear fc;

    public UnboundMref() {
        Function<Cfg, Integer> width = Cfg::width;
        fc = new Linear(4, width.apply(new Cfg(6)));
    }

    public Tensor forward(@Dims("N, 4") Tensor x) {
        return fc.forward(x);
    }
}
