import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

// Valid for: L == 32
public class FixedMask extends Module {
    private final Tensor mask = Tensors.ones(32, 32).gt(0.5);
  //                            ^ [32, 32]

    public Tensor forward(@Dims("N, L, L") Tensor att) {
        return att.maskedFill(mask, Double.NEGATIVE_INFINITY);
      //       ^ [N, 32, 32]
      //       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning shape/value-dependent: needs L == 32; for L = 16: The size of tensor a (32) must match the size of tensor b (16) at non-singleton dimension 2
    }
}
