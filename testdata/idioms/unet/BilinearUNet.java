import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;

/** A one-channel, one-class U-Net with bilinear up-sampling and no batch norm (e.g. for masks). */
public class BilinearUNet extends UNet {
    public BilinearUNet() {
        super(UNet.builder().inChannels(1).numClasses(1).width(16).depth(3).batchNorm(false).bilinear());
    }

    @Override
    public Tensor forward(@Dims("N, 1, 96, 96") Tensor x) {
        return super.forward(x);
    }
}
