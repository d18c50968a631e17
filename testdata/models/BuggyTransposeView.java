import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/**
 * nanoGPT's causal self-attention with one bug: the heads are merged by a view of the transposed
 * output without contiguous(), which PyTorch refuses (the strides cannot express it).
 */
public class BuggyTransposeView extends Module {
    private final int nHead = 4;
    private final int nEmbd = 64;
    private final Linear cAttn = new Linear(nEmbd, 3 * nEmbd);
    private final Linear cProj = new Linear(nEmbd, nEmbd);

    public Tensor forward(@Dims("N, 16, 64") Tensor x) {
        long b = x.size(0);
        long t = x.size(1);
        long c = x.size(2);
        java.util.List<Tensor> qkv = cAttn.forward(x).split(nEmbd, 2);
      //                             ^ [N, 16, 192]
        Tensor q = qkv.get(0).view(b, t, nHead, c / nHead).transpose(1, 2);
      //           ^ [N, 4, 16, 16]
        Tensor k = qkv.get(1).view(b, t, nHead, c / nHead).transpose(1, 2);
      //           ^ [N, 4, 16, 16]
        Tensor v = qkv.get(2).view(b, t, nHead, c / nHead).transpose(1, 2);
      //           ^ [N, 4, 16, 16]
        Tensor att = F.softmax(q.matmul(k.transpose(-2, -1)).mul(1.0 / Math.sqrt(c / nHead)), -1);
      //             ^ [N, 4, 16, 16]
        Tensor y = att.matmul(v);
      //           ^ [N, 4, 16, 16]
        y = y.transpose(1, 2).view(b, t, c);
    //      ^ [N, 16, 64]
    //      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ error shape/view-size: view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.
        return cProj.forward(y);
      //       ^ [N, 16, 64]
    }
}
