import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** torchvision.models.densenet._Transition: BN-ReLU-1x1 conv-2x2 average pool. */
public class _Transition extends Sequential {
    public _Transition(int numInputFeatures, int numOutputFeatures) {
        addModule("norm", new BatchNorm2d(numInputFeatures));
        addModule("relu", new ReLU(true));
        addModule("conv", new Conv2d(numInputFeatures, numOutputFeatures, 1).stride(1).bias(false));
        addModule("pool", new AvgPool2d(2).stride(2));
    }
}
