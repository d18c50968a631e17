import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.List;

/** List.forEach whose lambda adds a layer, over a list holding one value the analysis cannot know (an environment variable) and one it knows: the JVM adds two Linear(4, 4), 40 params. */
public class ForEachUnknown extends Module {
    private final Sequential seq = new Sequential();

    public ForEachUnknown() {
        String name = System.getenv().getOrDefault("SHAPESENSE_PROBE_UNSET", "a");
        List.of(name, "b").forEach(s -> seq.add(new Linear(4, 4)));
    }

    public Tensor forward(@Dims("N, 4") Tensor x) {
        return seq.forward(x);
    }
}
