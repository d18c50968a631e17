import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** torchvision.models.mnasnet._InvertedResidual. */
public class _InvertedResidual extends Module {
    private final boolean applyResidual;
    private final Sequential layers;

    public _InvertedResidual(int inCh, int outCh, int kernelSize, int stride, int expansionFactor, double bnMomentum) {
        if (stride != 1 && stride != 2) {
            throw new IllegalArgumentException("stride should be 1 or 2 instead of " + stride);
        }
        if (kernelSize != 3 && kernelSize != 5) {
            throw new IllegalArgumentException("kernel_size should be 3 or 5 instead of " + kernelSize);
        }
        int midCh = inCh * expansionFactor;
        applyResidual = inCh == outCh && stride == 1;
        layers = new Sequential(
                new Conv2d(inCh, midCh, 1).bias(false),
                new BatchNorm2d(midCh).momentum(bnMomentum),
                new ReLU(true),
                new Conv2d(midCh, midCh, kernelSize).padding(kernelSize / 2).stride(stride).groups(midCh).bias(false),
                new BatchNorm2d(midCh).momentum(bnMomentum),
                new ReLU(true),
                new Conv2d(midCh, outCh, 1).bias(false),
                new BatchNorm2d(outCh).momentum(bnMomentum));
    }

    public Tensor forward(Tensor input) {
        if (applyResidual) {
            return layers.forward(input).add(input);
        } else {
            return layers.forward(input);
        }
    }
}
