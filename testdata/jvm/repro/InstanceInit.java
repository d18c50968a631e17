import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** An instance initializer block sets a field read by a later field initializer: the JVM gives Linear(4, 6), [N, 6]. */
public class InstanceInit extends Module {
    private int width;

    {
        width = 6;
    }

    private final Linear fc = new Linear(4, width);

    public Tensor forward(@Dims("N, 4") Tensor x) {
        return fc.forward(x);
    }
}
