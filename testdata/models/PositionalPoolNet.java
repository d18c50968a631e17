import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/**
 * F's convolutions and pools with a tuple argument after an int or in the middle of the call
 * (API.md: an int[]), and a last tuple as varargs.
 */
public class PositionalPoolNet extends Module {
    private final Conv2d conv1 = new Conv2d(3, 6, 5);
    private final Parameter weight = new Parameter(Tensors.randn(16, 6, 5, 5));
    private final Parameter bias = new Parameter(Tensors.randn(16));

    public Tensor forward(@Dims("N, 3, 64, 64") Tensor x) {
        x = conv1.forward(x);
      //    ^ [N, 6, 60, 60]
        x = F.avgPool2d(x, 4, new int[] {1, 1});
      //    ^ [N, 6, 57, 57]
        x = F.maxPool2d(x, new int[] {4, 2}, 1, new int[] {0, 1});
      //    ^ [N, 6, 54, 58]
        x = F.conv2d(x, weight, bias, 2, new int[] {0, 0});
      //    ^ [N, 16, 25, 27]
        return F.adaptiveAvgPool2d(x, 5, 7);
      //       ^ [N, 16, 5, 7]
    }
}
