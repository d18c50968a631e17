import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

// Attention heads merged back with view after a transpose: the strides allow it only for T == 1
// (PyTorch: T = 1 gives [2, 128]; T = 2 raises); reshape would work for every T.
// Valid for: T == 1
public class TransposedHeads extends Module {
    public Tensor forward(@Dims("N, T, 8, 16") Tensor y) {
        return y.transpose(1, 2).view(-1, 128);
      //       ^ [N * T, 128]
      //       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning shape/value-dependent: needs T == 1; for T = 2: view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.
    }
}
