import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

public class HelperMethodNet extends Module {
    private final Conv2d conv1 = new Conv2d(3, 16, 3).padding(1);
    private final BatchNorm2d bn1 = new BatchNorm2d(16);
    private final Conv2d conv2 = new Conv2d(16, 32, 3).stride(2).padding(1);
    private final BatchNorm2d bn2 = new BatchNorm2d(32);
    private final Linear fc = new Linear(32, 10);

    private Tensor convBnRelu(Tensor x, Conv2d conv, BatchNorm2d bn) {
        x = conv.forward(x);
        x = bn.forward(x);
        return F.relu(x);
    }

    private Tensor classify(Tensor features) {
        Tensor pooled = F.adaptiveAvgPool2d(features, 1).flatten(1);
      //                ^ [N, 32]
        return fc.forward(pooled);
      //       ^ [N, 10]
    }

    public Tensor forward(@Dims("N, 3, 32, 32") Tensor x) {
        x = convBnRelu(x, conv1, bn1);
      //    ^ [N, 16, 32, 32]
        x = convBnRelu(x, conv2, bn2);
      //    ^ [N, 32, 16, 16]
        return classify(x);
      //       ^ [N, 10]
    }
}
