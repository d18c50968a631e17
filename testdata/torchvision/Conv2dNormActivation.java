import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** torchvision.ops.misc.Conv2dNormActivation with BatchNorm2d and ReLU6, as MobileNetV2 uses it. */
public class Conv2dNormActivation extends Sequential {
    public Conv2dNormActivation(int inChannels, int outChannels, int kernelSize, int stride, int groups) {
        super(
                new Conv2d(inChannels, outChannels, kernelSize)
                        .stride(stride)
                        .padding((kernelSize - 1) / 2)
                        .groups(groups)
                        .bias(false),
                new BatchNorm2d(outChannels),
                new ReLU6(true));
    }
}
