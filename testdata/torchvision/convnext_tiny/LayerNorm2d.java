import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** torchvision.models.convnext.LayerNorm2d: LayerNorm over the channels of an NCHW tensor. */
public class LayerNorm2d extends LayerNorm {
    public LayerNorm2d(long normalizedShape, double eps) {
        super(normalizedShape, eps);
    }

    public Tensor forward(Tensor x) {
        x = x.permute(0, 2, 3, 1);
        x = F.layerNorm(x, normalizedShape(), weight(), bias(), eps());
        x = x.permute(0, 3, 1, 2);
        return x;
    }
}
