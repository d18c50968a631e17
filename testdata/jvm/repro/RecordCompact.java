import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** A record's compact constructor reassigns a component (hidden = max(hidden, 6)): the JVM gives Linear(4, 6), [N, 6]. */
public class RecordCompact extends Module {
    record Cfg(int in, int hidden) {
        Cfg {
            hidden = Math.max(hidden, 6);
        }
    }

    private static final Cfg CFG = new Cfg(4, 2);
    private final Linear fc = new Linear(CFG.in(), CFG.hidden());

    public Tensor forward(@Dims("N, 4") Tensor x) {
        return fc.forward(x);
    }
}
