import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.List;

/** CSP Bottleneck with 3 convolutions: ch_in, ch_out, number, shortcut, groups, expansion. */
public class C3 extends Module {
    private final Conv cv1;
    private final Conv cv2;
    private final Conv cv3;
    private final Sequential m = new Sequential();

    public C3(int c1, int c2, int n, boolean shortcut, int g, double e) {
        int c_ = (int) (c2 * e); // hidden channels
        cv1 = new Conv(c1, c_, 1, 1);
        cv2 = new Conv(c1, c_, 1, 1);
        cv3 = new Conv(2 * c_, c2, 1, 1); // optional act=FReLU(c2)
        for (int i = 0; i < n; i++) {
            m.add(new Bottleneck(c_, c_, shortcut, g, 1.0));
        }
    }

    public C3(int c1, int c2, int n) {
        this(c1, c2, n, true, 1, 0.5);
    }

    public Tensor forward(Tensor x) {
        return cv3.forward(Tensors.cat(List.of(m.forward(cv1.forward(x)), cv2.forward(x)), 1));
    }
}
