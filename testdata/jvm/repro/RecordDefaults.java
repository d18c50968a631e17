import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** A record config with a no-arg constructor delegating to the canonical one (nanoGPT, llama, bert, t5 style): the JVM gives Linear(4, 6), [N, 6]. */
public class RecordDefaults extends Module {
    public record Config(int in, int out) {
        public Config() {
            this(4, 6);
        }
    }

    private final Linear fc;

    public RecordDefaults() {
        this(new Config());
    }

    public RecordDefaults(Config config) {
        fc = new Linear(config.in(), config.out());
    }

    public Tensor forward(@Dims("N, 4") Tensor x) {
        return fc.forward(x);
    }
}
