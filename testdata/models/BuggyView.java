import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

public class BuggyView extends Module {
    private final Conv2d conv1 = new Conv2d(3, 6, 5);
    private final MaxPool2d pool = new MaxPool2d(2, 2);
    private final Conv2d conv2 = new Conv2d(6, 16, 5);
    private final Linear fc1 = new Linear(16 * 4 * 4, 120);
    private final Linear fc2 = new Linear(120, 10);

    public Tensor forward(@Dims("N, 3, 32, 32") Tensor x) {
        x = pool.forward(F.relu(conv1.forward(x)));
      //    ^ [N, 6, 14, 14]
      //                        ^ [N, 6, 28, 28]
        x = pool.forward(F.relu(conv2.forward(x)));
      //    ^ [N, 16, 5, 5]
      //                        ^ [N, 16, 10, 10]
        x = x.view(x.size(0), 16 * 4 * 4);
      //    ^ [N, 256]
      //    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ error shape/view-size: shape '[N, 256]' is invalid for input of size 400 * N
        x = F.relu(fc1.forward(x));
      //    ^ [N, 120]
      //           ^ [N, 120]
        return fc2.forward(x);
      //       ^ [N, 10]
    }
}
