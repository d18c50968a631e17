import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

public class BuggyMatmul extends Module {
    private final Linear hidden = new Linear(32, 64);
    private final Parameter weight = new Parameter(Tensors.randn(64, 10));

    public Tensor forward(@Dims("N, 32") Tensor x) {
        Tensor h = F.relu(hidden.forward(x));
      //           ^ [N, 64]
      //                  ^ [N, 64]
        return Tensors.matmul(h, weight.t());
      //       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ error shape/matmul: mat1 and mat2 shapes cannot be multiplied (Nx64 and 10x64)
    }
}
