import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

public class MultiHeadAttention extends Module {
    public record Output(Tensor wv, Tensor qk) {}

    private final int n_head;
    private final Linear query;
    private final Linear key;
    private final Linear value;
    private final Linear out;

    public MultiHeadAttention(int nState, int nHead) {
        n_head = nHead;
        query = new Linear(nState, nState);
        key = new Linear(nState, nState).bias(false);
        value = new Linear(nState, nState);
        out = new Linear(nState, nState);
    }

    public Output forward(Tensor x, Tensor xa, Tensor mask) {
        Tensor q = query.forward(x);
        Tensor k = key.forward(xa == null ? x : xa);
        Tensor v = value.forward(xa == null ? x : xa);
        Output wvQk = qkvAttention(q, k, v, mask);
        return new Output(out.forward(wvQk.wv()), wvQk.qk());
    }

    private Output qkvAttention(Tensor q, Tensor k, Tensor v, Tensor mask) {
        long n_batch = q.size(0);
        long n_ctx = q.size(1);
        long n_state = q.size(2);
        double scale = Math.pow(n_state / n_head, -0.25);
        q = q.view(q.size(0), q.size(1), n_head, -1).permute(0, 2, 1, 3).mul(scale);
        k = k.view(k.size(0), k.size(1), n_head, -1).permute(0, 2, 3, 1).mul(scale);
        v = v.view(v.size(0), v.size(1), n_head, -1).permute(0, 2, 1, 3);

        Tensor qk = q.matmul(k);
        if (mask != null) {
            qk = qk.add(mask.slice(0, 0, n_ctx).slice(1, 0, n_ctx));
        }
        qk = qk.to(DType.FLOAT32);

        Tensor w = F.softmax(qk, -1).to(q.dtype());
        return new Output(w.matmul(v).permute(0, 2, 1, 3).flatten(2), qk);
    }
}
