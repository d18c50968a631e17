import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/**
 * F's convolutions and pools with a tuple argument after an int or in the middle of the call
 * (API.md: an int[]), and a last tuple as varargs; an lp pool, a transposed convolution, pad,
 * interpolate and an adaptive pool with a None (null) in its output size, the same way.
 */
public class PositionalPoolNet extends Module {
    private final Conv2d conv1 = new Conv2d(3, 6, 5);
    private final Parameter weight = new Parameter(Tensors.randn(16, 6, 5, 5));
    private final Parameter bias = new Parameter(Tensors.randn(16));
    private final Parameter weightT = new Parameter(Tensors.randn(16, 4, 3, 3));

    public Tensor forward(@Dims("N, 3, 64, 64") Tensor x) {
        x = conv1.forward(x);
      //    ^ [N, 6, 60, 60]
        x = F.avgPool2d(x, 4, new int[] {1, 1});
      //    ^ [N, 6, 57, 57]
        x = F.maxPool2d(x, new int[] {4, 2}, 1, new int[] {0, 1});
      //    ^ [N, 6, 54, 58]
        x = F.conv2d(x, weight, bias, 2, new int[] {0, 0});
      //    ^ [N, 16, 25, 27]
        x = F.lpPool2d(x, 2.0, new int[] {3, 2}, 2);
      //    ^ [N, 16, 12, 13]
        x = F.pad(x, new int[] {1, 2, 3, 4}, "constant", 0.5);
      //    ^ [N, 16, 19, 16]
        x = F.interpolate(x, new int[] {20, 24}, null, "bilinear", false);
      //    ^ [N, 16, 20, 24]
        x = F.adaptiveMaxPool2d(x, new Integer[] {null, 6});
      //    ^ [N, 16, 20, 6]
        x = F.convTranspose2d(x, weightT, null, 1, 0, 0, 2, new int[] {1, 2});
      //    ^ [N, 8, 22, 10]
        return F.adaptiveAvgPool2d(x, 5, 7);
      //       ^ [N, 8, 5, 7]
    }
}
