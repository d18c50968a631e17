import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** Standard convolution with args(ch_in, ch_out, kernel, stride, padding, groups, dilation, activation). */
public class Conv extends Module {
    static final SiLU default_act = new SiLU(); // default activation, one module shared by every Conv

    private final Conv2d conv;
    private final BatchNorm2d bn;
    private final Module act;

    public Conv(int c1, int c2, int k, int s, Integer p, int g, int d, boolean act) {
        conv = new Conv2d(c1, c2, k).stride(s).padding(autopad(k, p, d)).groups(g).dilation(d).bias(false);
        bn = new BatchNorm2d(c2);
        this.act = act ? default_act : new Identity();
    }

    public Conv(int c1, int c2, int k, int s, Integer p) {
        this(c1, c2, k, s, p, 1, 1, true);
    }

    public Conv(int c1, int c2, int k, int s) {
        this(c1, c2, k, s, null, 1, 1, true);
    }

    /** Pad to 'same' shape outputs. */
    static int autopad(int k, Integer p, int d) {
        if (d > 1) {
            k = d * (k - 1) + 1; // actual kernel-size
        }
        if (p == null) {
            p = k / 2; // auto-pad
        }
        return p;
    }

    public Tensor forward(Tensor x) {
        return act.call(bn.forward(conv.forward(x)));
    }
}
