import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

public class SEConvNet extends Module {
    private final Conv2d conv = new Conv2d(3, 32, 3).padding(1);
    private final Linear squeeze = new Linear(32, 8);
    private final Linear excite = new Linear(8, 32);
    private final Sigmoid gate = new Sigmoid();
    private final Linear head = new Linear(32, 10);

    public Tensor forward(@Dims("N, 3, 32, 32") Tensor x) {
        x = F.relu(conv.forward(x));
      //    ^ [N, 32, 32, 32]
      //           ^ [N, 32, 32, 32]
        Tensor s = F.adaptiveAvgPool2d(x, 1).flatten(1);
      //           ^ [N, 32]
        s = F.relu(squeeze.forward(s));
      //    ^ [N, 8]
      //           ^ [N, 8]
        s = gate.forward(excite.forward(s));
      //    ^ [N, 32]
      //                 ^ [N, 32]
        x = x.mul(s.unsqueeze(-1).unsqueeze(-1));
      //    ^ [N, 32, 32, 32]
        x = F.adaptiveAvgPool2d(x, 1).flatten(1);
      //    ^ [N, 32]
        return head.forward(x);
      //       ^ [N, 10]
    }
}
