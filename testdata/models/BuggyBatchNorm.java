import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

public class BuggyBatchNorm extends Module {
    private final Conv2d conv = new Conv2d(3, 16, 3);
    private final BatchNorm2d bn = new BatchNorm2d(32);
  //                                               ^^ fix: 16
    private final AdaptiveAvgPool2d pool = new AdaptiveAvgPool2d(1);
    private final Linear fc = new Linear(16, 10);

    public Tensor forward(@Dims("N, 3, 32, 32") Tensor x) {
        x = conv.forward(x);
      //    ^ [N, 16, 30, 30]
        x = F.relu(bn.forward(x));
      //    ^ [N, 16, 30, 30]
      //           ^ [N, 16, 30, 30]
      //           ^^^^^^^^^^^^^ error shape/norm-num-features: running_mean should contain 16 elements not 32
        x = pool.forward(x);
      //    ^ [N, 16, 1, 1]
        x = x.flatten(1);
      //    ^ [N, 16]
        return fc.forward(x);
      //       ^ [N, 10]
    }
}
