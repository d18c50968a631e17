import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

import java.util.List;

// Valid for: H even, W even
public class UNetStep extends Module {
    private final Conv2d down = new Conv2d(3, 8, 3).padding(1);
    private final MaxPool2d pool = new MaxPool2d(2);
    private final ConvTranspose2d up = new ConvTranspose2d(8, 8, 2).stride(2);

    public Tensor forward(@Dims("N, 3, H, W") Tensor x) {
        Tensor skip = down.forward(x);
      //              ^ [N, 8, H, W]
        Tensor y = up.forward(pool.forward(skip));
      //           ^ [N, 8, H, W]
      //                      ^ [N, 8, H / 2, W / 2]
        return Tensors.cat(List.of(y, skip), 1);
      //       ^ [N, 16, H, W]
      //       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning shape/value-dependent: needs H even, W even; for H = 3, W = 2: Sizes of tensors must match except in dimension 1. Expected size 2 but got size 3 for tensor number 1 in the list.
    }
}
