import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.List;

/** BN-ReLU-Conv1x1-BN-ReLU-Conv3x3, giving GROWTH_RATE new feature maps from all earlier ones. */
public class DenseLayer extends Module implements DenseNetSpec {
    private final BatchNorm2d norm1;
    private final ReLU relu1 = new ReLU(true);
    private final Conv2d conv1;
    private final BatchNorm2d norm2;
    private final ReLU relu2 = new ReLU(true);
    private final Conv2d conv2;

    public DenseLayer(int inChannels) {
        norm1 = new BatchNorm2d(inChannels);
        conv1 = new Conv2d(inChannels, bottleneckWidth(), 1).bias(false);
        norm2 = new BatchNorm2d(bottleneckWidth());
        conv2 = new Conv2d(bottleneckWidth(), GROWTH_RATE, 3).padding(1).bias(false);
    }

    public Tensor forward(List<Tensor> features) {
        Tensor x = Tensors.cat(features, 1);
        x = conv1.forward(relu1.forward(norm1.forward(x)));
        return conv2.forward(relu2.forward(norm2.forward(x)));
    }
}
