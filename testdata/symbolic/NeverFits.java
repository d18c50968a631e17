import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

// A square input of side H flattened into a Linear of 1000 features: 3 * H * H is never 1000.
public class NeverFits extends Module {
    private final Linear fc = new Linear(1000, 10);

    public Tensor forward(@Dims("N, 3, H, H") Tensor x) {
        return fc.forward(x.flatten(1));
      //       ^ [N, 10]
      //       ^^^^^^^^^^^^^^^^^^^^^^^^ error shape/linear-in-features: needs 3 * H * H == 1000, which no declared size satisfies; for H = 2: mat1 and mat2 shapes cannot be multiplied (2x12 and 1000x10)
    }
}
