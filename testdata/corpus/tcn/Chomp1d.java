import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

public class Chomp1d extends Module {
    private final int chomp_size;

    public Chomp1d(int chompSize) {
        chomp_size = chompSize;
    }

    public Tensor forward(Tensor x) {
        return x.slice(2, 0, -chomp_size).contiguous();
    }
}
