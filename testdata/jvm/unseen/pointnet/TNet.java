import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;

/** PointNet's spatial / feature transformer: predicts a k x k matrix, biased towards the identity. */
public class TNet extends PointEncoder {
    private final int k;
    private final Sequential head;
    private final Linear out;
    private final Tensor identity;

    public TNet(int k) {
        super(k, 64, 128, 256);
        this.k = k;
        head = new Sequential(fc(256, 128, 0.0), fc(128, 64, 0.0));
        out = fc(64, k * k);
        Tensor r = Tensors.arange(k);
        identity = registerBuffer("identity", r.unsqueeze(0).eq(r.unsqueeze(1)).to(DType.FLOAT32).view(1, k * k));
    }

    @Override
    protected Pooling pooling() {
        return k == 3 ? Pooling.MAX_KEEPDIM : Pooling.MAX;
    }

    public Tensor forward(Tensor x) {
        long batch = x.size(0);
        Tensor t = out.forward(head.forward(encode(x)));
        return t.add(identity.repeat(batch, 1)).view(-1, k, k);
    }
}
