import dev.shapesense.nn.*;

/** Conv-BN-ReLU, the unit every GoogLeNet branch is made of. */
public interface ConvFactory {
    default Sequential convBnRelu(int in, int out, int kernel) {
        return new Sequential(new Conv2d(in, out, kernel).padding(kernel / 2), new BatchNorm2d(out), new ReLU(true));
    }
}
