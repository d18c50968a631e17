import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

// The 5 x 5 conv needs H >= 5 and W >= 5, but the analysis cannot follow the tensor through a
// class it does not run (java.util.concurrent's AtomicReference is outside what it evaluates), so
// the layers after it, which may need more, are unknown: no domain is claimed for the model.
public class StopsEarly extends Module {
    private final Conv2d conv = new Conv2d(3, 8, 5);
    private final Conv2d next = new Conv2d(8, 8, 7);

    public Tensor forward(@Dims("N, 3, H, W") Tensor x) {
        Tensor y = conv.forward(x);
      //           ^ [N, 8, H - 4, W - 4]
        java.util.concurrent.atomic.AtomicReference<Tensor> box = new java.util.concurrent.atomic.AtomicReference<>(y);
        return next.forward(box.get());
    }
}
