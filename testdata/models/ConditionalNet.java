import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

public class ConditionalNet extends Module {
    private final boolean globalPool;
    private final Conv2d conv = new Conv2d(3, 16, 3).padding(1);
    private final Linear fc;

    public ConditionalNet() {
        this(true);
    }

    public ConditionalNet(boolean globalPool) {
        this.globalPool = globalPool;
        if (globalPool) {
            fc = new Linear(16, 10);
        } else {
            fc = new Linear(16 * 32 * 32, 10);
        }
    }

    public Tensor forward(@Dims("N, 3, 32, 32") Tensor x) {
        x = F.relu(conv.forward(x));
      //    ^ [N, 16, 32, 32]
      //           ^ [N, 16, 32, 32]
        if (globalPool) {
            x = F.adaptiveAvgPool2d(x, 1).flatten(1);
          //    ^ [N, 16]
        } else {
            x = x.flatten(1);
        }
        return fc.forward(x);
      //       ^ [N, 10]
    }
}
