import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/**
 * torchvision's StochasticDepth idiom: a size array built from the input's own sizes (some of them
 * symbols) and given to a factory. PyTorch's size arguments are SymInt[]: an array holding a
 * symbol is as good as one of numbers, so the factories' shapes stay known.
 */
public class SizeArrayNet extends Module {
    private final Conv2d conv = new Conv2d(3, 8, 3, 1, 1);

    public Tensor forward(@Dims("N, 3, H, W") Tensor x) {
        Tensor y = conv.forward(x);
      //           ^ [N, 8, H, W]
        long[] size = new long[y.dim()];
        for (int i = 0; i < size.length; i++) {
            size[i] = 1;
        }
        size[0] = y.size(0);
        Tensor noise = Tensors.rand(size).lt(0.9).to(y.dtype());
      //               ^ [N, 1, 1, 1]
        Tensor mask = Tensors.ones(y.size(0), y.size(1), 1, 1);
      //              ^ [N, 8, 1, 1]
        long[] plane = {y.size(2), y.size(3)};
        Tensor bias = Tensors.zeros(plane);
      //              ^ [H, W]
        return y.mul(noise).mul(mask).add(bias);
      //       ^ [N, 8, H, W]
    }
}
