import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

public class ViewFlattenNet extends Module {
    private final Conv2d conv = new Conv2d(3, 8, 3).padding(1);
    private final MaxPool2d pool = new MaxPool2d(2);
    private final Linear fc = new Linear(8 * 16 * 16, 10);

    public Tensor forward(@Dims("N, 3, 32, 32") Tensor x) {
        x = pool.forward(F.relu(conv.forward(x)));
      //    ^ [N, 8, 16, 16]
      //                        ^ [N, 8, 32, 32]
        x = x.view(x.size(0), -1);
      //    ^ [N, 2048]
        return fc.forward(x);
      //       ^ [N, 10]
    }
}
