import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;

/** torchvision's convnext_tiny at 224x224 with ImageNet's 1000 classes. */
public class ConvNeXtTiny extends ConvNeXt {
    public ConvNeXtTiny() {
        super(Variant.byAlias("tiny"), 1000);
    }

    @Override
    public Tensor forward(@Dims("N, 3, 224, 224") Tensor x) {
        return super.forward(x);
    }
}
