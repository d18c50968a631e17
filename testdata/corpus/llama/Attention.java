import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.List;

/** Grouped-query attention with rotary embeddings (no kv cache: the whole sequence at once). */
public class Attention extends Module {
    private final int n_kv_heads;
    private final int n_local_heads;
    private final int n_local_kv_heads;
    private final int n_rep;
    private final int head_dim;
    private final Linear wq;
    private final Linear wk;
    private final Linear wv;
    private final Linear wo;

    public Attention(ModelArgs args) {
        n_kv_heads = args.nKvHeads();
        n_local_heads = args.nHeads();
        n_local_kv_heads = n_kv_heads;
        n_rep = n_local_heads / n_local_kv_heads;
        head_dim = args.dim() / args.nHeads();
        wq = new Linear(args.dim(), args.nHeads() * head_dim).bias(false);
        wk = new Linear(args.dim(), n_kv_heads * head_dim).bias(false);
        wv = new Linear(args.dim(), n_kv_heads * head_dim).bias(false);
        wo = new Linear(args.nHeads() * head_dim, args.dim()).bias(false);
    }

    /** freqs [seqlen, head_dim / 2] viewed as [1, seqlen, 1, head_dim / 2] to broadcast over x. */
    static Tensor reshapeForBroadcast(Tensor freqs, Tensor x) {
        long seqlen = x.size(1);
        long half = x.size(-1);
        if (freqs.size(0) != seqlen || freqs.size(1) != half) {
            throw new ShapeError("freqs do not match the sequence");
        }
        return freqs.view(1, seqlen, 1, half);
    }

    /** Rotates each (even, odd) pair of x [bsz, seqlen, heads, head_dim] by the position's angle. */
    static Tensor rotate(Tensor x, Tensor cos, Tensor sin) {
        Tensor pairs = x.to(DType.FLOAT32).reshape(x.size(0), x.size(1), x.size(2), -1, 2);
        Tensor xr = pairs.select(-1, 0);
        Tensor xi = pairs.select(-1, 1);
        cos = reshapeForBroadcast(cos, xr);
        sin = reshapeForBroadcast(sin, xr);
        Tensor outR = xr.mul(cos).sub(xi.mul(sin));
        Tensor outI = xr.mul(sin).add(xi.mul(cos));
        return Tensors.stack(List.of(outR, outI), -1).flatten(3).to(x.dtype());
    }

    static Tensor repeatKv(Tensor x, int nRep) {
        long bs = x.size(0);
        long slen = x.size(1);
        long nKvHeads = x.size(2);
        long headDim = x.size(3);
        if (nRep == 1) {
            return x;
        }
        return x.index(Index.all(), Index.all(), Index.all(), Index.none(), Index.all())
                .expand(bs, slen, nKvHeads, nRep, headDim)
                .reshape(bs, slen, nKvHeads * nRep, headDim);
    }

    public Tensor forward(Tensor x, Tensor freqsCos, Tensor freqsSin, Tensor mask) {
        long bsz = x.size(0);
        long seqlen = x.size(1);
        Tensor xq = wq.forward(x);
        Tensor xk = wk.forward(x);
        Tensor xv = wv.forward(x);

        xq = xq.view(bsz, seqlen, n_local_heads, head_dim);
        xk = xk.view(bsz, seqlen, n_local_kv_heads, head_dim);
        xv = xv.view(bsz, seqlen, n_local_kv_heads, head_dim);

        xq = rotate(xq, freqsCos, freqsSin);
        xk = rotate(xk, freqsCos, freqsSin);

        // repeat k/v heads if n_kv_heads < n_heads
        Tensor keys = repeatKv(xk, n_rep); // (bs, seqlen, n_local_heads, head_dim)
        Tensor values = repeatKv(xv, n_rep);

        xq = xq.transpose(1, 2); // (bs, n_local_heads, seqlen, head_dim)
        keys = keys.transpose(1, 2);
        values = values.transpose(1, 2);
        Tensor scores = Tensors.matmul(xq, keys.transpose(2, 3)).div(Math.sqrt(head_dim));
        if (mask != null) {
            scores = scores.add(mask); // (bs, n_local_heads, seqlen, seqlen)
        }
        scores = F.softmax(scores.to(DType.FLOAT32), -1).to(xq.dtype());
        Tensor output = Tensors.matmul(scores, values); // (bs, n_local_heads, seqlen, head_dim)
        output = output.transpose(1, 2).contiguous().view(bsz, seqlen, -1);
        return wo.forward(output);
    }
}
