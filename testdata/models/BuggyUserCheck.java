import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

public class BuggyUserCheck extends Module {
    private final Conv2d conv1 = new Conv2d(1, 8, 3).padding(1);
    private final Conv2d conv2 = new Conv2d(8, 16, 3).padding(1);
    private final MaxPool2d pool = new MaxPool2d(2);
    private final Linear fc = new Linear(16 * 7 * 7, 10);

    public Tensor forward(@Dims("N, 1, 32, 32") Tensor x) {
        x = pool.forward(F.relu(conv1.forward(x)));
      //    ^ [N, 8, 16, 16]
      //                        ^ [N, 8, 32, 32]
        x = pool.forward(F.relu(conv2.forward(x)));
      //    ^ [N, 16, 8, 8]
      //                        ^ [N, 16, 16, 16]
        if (x.size(2) != 7 || x.size(3) != 7) {
            throw new ShapeError("expected 7x7 feature maps: the model is built for 28x28 inputs");
          //^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ error shape/user-check: expected 7x7 feature maps: the model is built for 28x28 inputs
        }
        x = x.flatten(1);
        return fc.forward(x);
    }
}
