import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** Standard bottleneck: ch_in, ch_out, shortcut, groups, expansion. */
public class Bottleneck extends Module {
    private final Conv cv1;
    private final Conv cv2;
    private final boolean add;

    public Bottleneck(int c1, int c2, boolean shortcut, int g, double e) {
        int c_ = (int) (c2 * e); // hidden channels
        cv1 = new Conv(c1, c_, 1, 1);
        cv2 = new Conv(c_, c2, 3, 1, null, g, 1, true);
        add = shortcut && c1 == c2;
    }

    public Tensor forward(Tensor x) {
        return add ? x.add(cv2.forward(cv1.forward(x))) : cv2.forward(cv1.forward(x));
    }
}
