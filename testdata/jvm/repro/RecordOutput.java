import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** A forward returning a record of tensors (pointnet, vae style): the JVM gives ([N, 6], [N, 4]). */
public class RecordOutput extends Module {
    public record Output(Tensor logits, Tensor features) {}

    private final Linear fc = new Linear(4, 6);

    public Output forward(@Dims("N, 4") Tensor x) {
        return new Output(fc.forward(x), x);
    }
}
