import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

public class BuggyConvChannels extends Module {
    private final Conv2d conv1 = new Conv2d(3, 32, 3).padding(1);
    private final Conv2d conv2 = new Conv2d(33, 64, 3).padding(1);
  //                                        ^^ fix: 32
    private final MaxPool2d pool = new MaxPool2d(2);
    private final Linear fc = new Linear(64 * 16 * 16, 10);

    public Tensor forward(@Dims("N, 3, 32, 32") Tensor x) {
        x = F.relu(conv1.forward(x));
      //    ^ [N, 32, 32, 32]
      //           ^ [N, 32, 32, 32]
        x = F.relu(conv2.forward(x));
      //    ^ [N, 64, 32, 32]
      //           ^ [N, 64, 32, 32]
      //           ^^^^^^^^^^^^^^^^ error shape/conv-in-channels: Given groups=1, weight of size [64, 33, 3, 3], expected input[N, 32, 32, 32] to have 33 channels, but got 32 channels instead
        x = pool.forward(x);
      //    ^ [N, 64, 16, 16]
        x = x.flatten(1);
      //    ^ [N, 16384]
        return fc.forward(x);
      //       ^ [N, 10]
    }
}
