import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/**
 * A max pool called with its tuples positional (API.md: int[]), whose padding of 3 is more than
 * half its kernel of 4: PyTorch 1.13 raises "pad should be at most half of kernel size"
 * (testdata/positional/cases.jsonl, F.max_pool2d/p061).
 */
public class PositionalPoolBug extends Module {
    private final Conv2d conv = new Conv2d(3, 6, 5);

    public Tensor forward(@Dims("N, 3, 32, 32") Tensor x) {
        x = conv.forward(x);
      //    ^ [N, 6, 28, 28]
        x = F.maxPool2d(x, new int[] {4, 2}, 1, new int[] {3, 1});
      //    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ error shape/op: pad should be at most half of kernel size, but got pad=3 and kernel_size=4
        return x.flatten(1);
    }
}
