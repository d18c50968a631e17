import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

public class LeNet5 extends Module {
    private final Conv2d conv1 = new Conv2d(1, 6, 5).padding(2);
    private final AvgPool2d pool1 = new AvgPool2d(2);
    private final Conv2d conv2 = new Conv2d(6, 16, 5);
    private final AvgPool2d pool2 = new AvgPool2d(2);
    private final Linear fc1 = new Linear(16 * 5 * 5, 120);
    private final Linear fc2 = new Linear(120, 84);
    private final Linear fc3 = new Linear(84, 10);

    public Tensor forward(@Dims("N, 1, 28, 28") Tensor x) {
        x = F.relu(conv1.forward(x));
      //    ^ [N, 6, 28, 28]
      //           ^ [N, 6, 28, 28]
        x = pool1.forward(x);
      //    ^ [N, 6, 14, 14]
        x = F.relu(conv2.forward(x));
      //    ^ [N, 16, 10, 10]
      //           ^ [N, 16, 10, 10]
        x = pool2.forward(x);
      //    ^ [N, 16, 5, 5]
        x = x.flatten(1);
      //    ^ [N, 400]
        x = F.relu(fc1.forward(x));
      //    ^ [N, 120]
      //           ^ [N, 120]
        x = F.relu(fc2.forward(x));
      //    ^ [N, 84]
      //           ^ [N, 84]
        return fc3.forward(x);
      //       ^ [N, 10]
    }
}
