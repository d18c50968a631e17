import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

public class BuggyGroups extends Module {
    private final Conv2d conv1 = new Conv2d(3, 32, 3).padding(1);
    private final Conv2d depthwise = new Conv2d(32, 32, 3).padding(1).groups(3);
  //                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ error shape/config: in_channels must be divisible by groups
    private final Conv2d pointwise = new Conv2d(32, 64, 1);

    public Tensor forward(@Dims("N, 3, 32, 32") Tensor x) {
        x = F.relu(conv1.forward(x));
      //    ^ [N, 32, 32, 32]
      //           ^ [N, 32, 32, 32]
        x = F.relu(depthwise.forward(x));
      //    ^ [N, 32, 32, 32]
      //           ^ [N, 32, 32, 32]
        return pointwise.forward(x);
      //       ^ [N, 64, 32, 32]
    }
}
