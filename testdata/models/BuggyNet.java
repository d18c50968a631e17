import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

public class BuggyNet extends Module {
    private final Conv2d conv1 = new Conv2d(3, 6, 5);
    private final MaxPool2d pool = new MaxPool2d(2, 2);
    private final Conv2d conv2 = new Conv2d(6, 16, 5);
    private final Linear fc1 = new Linear(16 * 4 * 4, 120);
  //                                      ^^^^^^^^^^ fix: 400
    private final Linear fc2 = new Linear(120, 84);
    private final Linear fc3 = new Linear(84, 10);

    public Tensor forward(@Dims("N, 3, 32, 32") Tensor x) {
        x = pool.forward(F.relu(conv1.forward(x)));
      //    ^ [N, 6, 14, 14]
      //                        ^ [N, 6, 28, 28]
        x = pool.forward(F.relu(conv2.forward(x)));
      //    ^ [N, 16, 5, 5]
      //                        ^ [N, 16, 10, 10]
        x = x.flatten(1);
      //    ^ [N, 400]
        x = F.relu(fc1.forward(x));
      //    ^ [N, 120]
      //           ^ [N, 120]
      //           ^^^^^^^^^^^^^^ error shape/linear-in-features: mat1 and mat2 shapes cannot be multiplied (Nx400 and 256x120)
        x = F.relu(fc2.forward(x));
      //    ^ [N, 84]
      //           ^ [N, 84]
        return fc3.forward(x);
      //       ^ [N, 10]
    }
}
