import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.List;

/** torchvision.models.densenet._DenseLayer (memory_efficient off): BN-ReLU-1x1 conv, BN-ReLU-3x3 conv. */
public class _DenseLayer extends Module {
    private final BatchNorm2d norm1;
    private final ReLU relu1 = new ReLU(true);
    private final Conv2d conv1;
    private final BatchNorm2d norm2;
    private final ReLU relu2 = new ReLU(true);
    private final Conv2d conv2;
    private final double dropRate;

    public _DenseLayer(int numInputFeatures, int growthRate, int bnSize, double dropRate) {
        norm1 = new BatchNorm2d(numInputFeatures);
        conv1 = new Conv2d(numInputFeatures, bnSize * growthRate, 1).stride(1).bias(false);
        norm2 = new BatchNorm2d(bnSize * growthRate);
        conv2 = new Conv2d(bnSize * growthRate, growthRate, 3).stride(1).padding(1).bias(false);
        this.dropRate = dropRate;
    }

    private Tensor bnFunction(List<Tensor> inputs) {
        Tensor concatedFeatures = Tensors.cat(inputs, 1);
        return conv1.forward(relu1.forward(norm1.forward(concatedFeatures)));
    }

    public Tensor forward(List<Tensor> prevFeatures) {
        Tensor bottleneckOutput = bnFunction(prevFeatures);
        Tensor newFeatures = conv2.forward(relu2.forward(norm2.forward(bottleneckOutput)));
        if (dropRate > 0) {
            newFeatures = F.dropout(newFeatures, dropRate, isTraining());
        }
        return newFeatures;
    }
}
