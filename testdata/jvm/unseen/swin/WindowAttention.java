import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.List;

/** Window multi-head self-attention with a relative position bias table (Swin v1). */
public class WindowAttention extends Module {
    private final int dim;
    private final int windowSize;
    private final int numHeads;
    private final double scale;
    private final Parameter relativePositionBiasTable;
    private final Tensor relativePositionIndex;
    private final Linear qkv;
    private final Dropout attnDrop = new Dropout(0.0);
    private final Linear proj;
    private final Softmax softmax = new Softmax(-1);

    public WindowAttention(int dim, int windowSize, int numHeads) {
        this.dim = dim;
        this.windowSize = windowSize;
        this.numHeads = numHeads;
        this.scale = Math.pow(dim / numHeads, -0.5);
        int side = 2 * windowSize - 1;
        relativePositionBiasTable = new Parameter(Tensors.zeros(side * side, numHeads));
        List<Tensor> grid = Tensors.meshgrid(List.of(Tensors.arange(windowSize), Tensors.arange(windowSize)), "ij");
        Tensor coords = Tensors.stack(grid).flatten(1);                       // [2, ws*ws]
        Tensor relative = coords.unsqueeze(2).sub(coords.unsqueeze(1));       // [2, ws*ws, ws*ws]
        relative = relative.permute(1, 2, 0).contiguous().add(windowSize - 1);
        Tensor rows = relative.select(2, 0).mul(side);
        relativePositionIndex = registerBuffer("relative_position_index", rows.add(relative.select(2, 1)));
        qkv = new Linear(dim, dim * 3);
        proj = new Linear(dim, dim);
    }

    private Tensor positionBias() {
        long n = (long) windowSize * windowSize;
        Tensor bias = relativePositionBiasTable.indexSelect(0, relativePositionIndex.view(-1));
        return bias.view(n, n, -1).permute(2, 0, 1).contiguous().unsqueeze(0);
    }

    public Tensor forward(Tensor x, Tensor mask) {
        long bw = x.size(0), n = x.size(1), c = x.size(2);
        Tensor qkvOut = qkv.forward(x).reshape(bw, n, 3, numHeads, c / numHeads).permute(2, 0, 3, 1, 4);
        List<Tensor> parts = qkvOut.unbind(0);
        Tensor q = parts.get(0).mul(scale), k = parts.get(1), v = parts.get(2);
        Tensor attn = q.matmul(k.transpose(-2, -1)).add(positionBias());
        if (mask != null) {
            long nw = mask.size(0);
            attn = attn.view(bw / nw, nw, numHeads, n, n).add(mask.unsqueeze(1).unsqueeze(0));
            attn = attn.view(-1, numHeads, n, n);
        }
        attn = attnDrop.forward(softmax.forward(attn));
        Tensor out = attn.matmul(v).transpose(1, 2).reshape(bw, n, c);
        return proj.forward(out);
    }

    public Tensor forward(Tensor x) {
        return forward(x, null);
    }

    public int dim() {
        return dim;
    }
}
