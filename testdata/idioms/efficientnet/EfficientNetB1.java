import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;

/** efficientnet_b1: 1.1x deeper, at its native 240x240 resolution. */
public class EfficientNetB1 extends EfficientNet {
    public EfficientNetB1() {
        super(Scaling.b1(), 1000);
    }

    @Override
    public Tensor forward(@Dims("N, 3, 240, 240") Tensor x) {
        return super.forward(x);
    }
}
