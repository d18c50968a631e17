import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.stream.*;

/** IntStream.range(0, 2).mapToObj(..).toList() into a ModuleList: the JVM gives two Linear(4, 4), [N, 4]. */
public class StreamToList extends Module {
    private final ModuleList layers = new ModuleList(IntStream.range(0, 2).mapToObj(i -> new Linear(4, 4)).toList());

    public Tensor forward(@Dims("N, 4") Tensor x) {
        for (Module m : layers) {
            x = m.call(x);
        }
        return x;
    }
}
