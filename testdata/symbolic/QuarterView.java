import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

// Valid for: N % 4 == 0
public class QuarterView extends Module {
    public Tensor forward(@Dims("N, 4096") Tensor z) {
        return z.view(-1, 256, 8, 8);
      //       ^ [N / 4, 256, 8, 8]
      //       ^^^^^^^^^^^^^^^^^^^^^ warning shape/value-dependent: needs N % 4 == 0; for N = 2: shape '[-1, 256, 8, 8]' is invalid for input of size 8192
    }
}
