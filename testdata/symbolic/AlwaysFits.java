import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

// Padding keeps every size: nothing depends on H or W, so no domain and no finding.
public class AlwaysFits extends Module {
    private final Conv2d conv = new Conv2d(3, 8, 3).padding(1);
    private final AdaptiveAvgPool2d pool = new AdaptiveAvgPool2d(1);
    private final Linear fc = new Linear(8, 2);

    public Tensor forward(@Dims("N, 3, H, W") Tensor x) {
        Tensor y = pool.forward(conv.forward(x)).flatten(1);
      //           ^ [N, 8]
      //           ^ [N, 8, 1, 1]
      //                        ^ [N, 8, H, W]
        return fc.forward(y);
      //       ^ [N, 2]
    }
}
