import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

public class ConvBNReLU extends Sequential {
    public ConvBNReLU(int inPlanes, int outPlanes, int kernelSize, int stride, int groups) {
        super(
                new Conv2d(inPlanes, outPlanes, kernelSize)
                        .stride(stride)
                        .padding((kernelSize - 1) / 2)
                        .groups(groups)
                        .bias(false),
                new BatchNorm2d(outPlanes),
                new ReLU());
    }

    public ConvBNReLU(int inPlanes, int outPlanes, int kernelSize) {
        this(inPlanes, outPlanes, kernelSize, 1, 1);
    }
}
