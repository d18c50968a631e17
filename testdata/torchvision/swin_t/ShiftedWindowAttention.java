import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.List;

/** torchvision.models.swin_transformer.ShiftedWindowAttention: (shifted) window self-attention with relative position bias. */
public class ShiftedWindowAttention extends Module {
    private final int[] windowSize;
    private final int[] shiftSize;
    private final int numHeads;
    private final double attentionDropout;
    private final double dropout;
    private final Linear qkv;
    private final Linear proj;
    private final Parameter relative_position_bias_table;
    private final Tensor relative_position_index;

    public ShiftedWindowAttention(int dim, int[] windowSize, int[] shiftSize, int numHeads, boolean qkvBias,
            boolean projBias, double attentionDropout, double dropout) {
        if (windowSize.length != 2 || shiftSize.length != 2) {
            throw new IllegalArgumentException("window_size and shift_size must be of length 2");
        }
        this.windowSize = windowSize;
        this.shiftSize = shiftSize;
        this.numHeads = numHeads;
        this.attentionDropout = attentionDropout;
        this.dropout = dropout;
        qkv = new Linear(dim, dim * 3).bias(qkvBias);
        proj = new Linear(dim, dim).bias(projBias);
        // define_relative_position_bias_table: 2*Wh-1 * 2*Ww-1, nH
        relative_position_bias_table = new Parameter(
                Tensors.zeros((2L * windowSize[0] - 1) * (2L * windowSize[1] - 1), numHeads));
        // define_relative_position_index
        Tensor coordsH = Tensors.arange(windowSize[0]);
        Tensor coordsW = Tensors.arange(windowSize[1]);
        Tensor coords = Tensors.stack(Tensors.meshgrid(List.of(coordsH, coordsW), "ij")); // 2, Wh, Ww
        Tensor coordsFlatten = Tensors.flatten(coords, 1); // 2, Wh*Ww
        Tensor relativeCoords = coordsFlatten.index(Index.all(), Index.all(), Index.none())
                .sub(coordsFlatten.index(Index.all(), Index.none(), Index.all())); // 2, Wh*Ww, Wh*Ww
        relativeCoords = relativeCoords.permute(1, 2, 0).contiguous(); // Wh*Ww, Wh*Ww, 2
        // relative_coords[:, :, 0] += Wh - 1; [:, :, 1] += Ww - 1; [:, :, 0] *= 2 * Ww - 1; then sum(-1)
        Tensor rows = relativeCoords.select(2, 0).add(windowSize[0] - 1).mul(2 * windowSize[1] - 1);
        Tensor cols = relativeCoords.select(2, 1).add(windowSize[1] - 1);
        relative_position_index = registerBuffer("relative_position_index", rows.add(cols).flatten()); // Wh*Ww*Wh*Ww
    }

    private Tensor getRelativePositionBias() {
        long n = (long) windowSize[0] * windowSize[1];
        Tensor bias = relative_position_bias_table.indexSelect(0, relative_position_index); // table[index]
        bias = bias.view(n, n, -1);
        return bias.permute(2, 0, 1).contiguous().unsqueeze(0);
    }

    public Tensor forward(Tensor x) {
        Tensor relativePositionBias = getRelativePositionBias();
        return shiftedWindowAttention(x, qkv.weight(), proj.weight(), relativePositionBias, windowSize, numHeads,
                shiftSize, attentionDropout, dropout, qkv.bias(), proj.bias());
    }

    /** torchvision.models.swin_transformer.shifted_window_attention (Swin V1: no logit scale). */
    static Tensor shiftedWindowAttention(Tensor input, Tensor qkvWeight, Tensor projWeight, Tensor relativePositionBias,
            int[] windowSize, int numHeads, int[] shiftSize, double attentionDropout, double dropout,
            Tensor qkvBias, Tensor projBias) {
        long b = input.size(0);
        int h = (int) input.size(1);
        int w = (int) input.size(2);
        long c = input.size(3);
        // pad feature maps to multiples of window size
        int padR = (windowSize[1] - w % windowSize[1]) % windowSize[1];
        int padB = (windowSize[0] - h % windowSize[0]) % windowSize[0];
        Tensor x = F.pad(input, 0, 0, 0, padR, 0, padB);
        int padH = (int) x.size(1);
        int padW = (int) x.size(2);

        shiftSize = shiftSize.clone();
        // If window size is larger than feature size, there is no need to shift window
        if (windowSize[0] >= padH) {
            shiftSize[0] = 0;
        }
        if (windowSize[1] >= padW) {
            shiftSize[1] = 0;
        }

        // cyclic shift
        if (shiftSize[0] + shiftSize[1] > 0) {
            x = Tensors.roll(x, new int[] {-shiftSize[0], -shiftSize[1]}, new int[] {1, 2});
        }

        // partition windows
        long numWindows = (long) (padH / windowSize[0]) * (padW / windowSize[1]);
        x = x.view(b, padH / windowSize[0], windowSize[0], padW / windowSize[1], windowSize[1], c);
        x = x.permute(0, 1, 3, 2, 4, 5).reshape(b * numWindows, (long) windowSize[0] * windowSize[1], c); // B*nW, Ws*Ws, C

        // multi-head attention
        Tensor qkv = F.linear(x, qkvWeight, qkvBias);
        qkv = qkv.reshape(x.size(0), x.size(1), 3, numHeads, c / numHeads).permute(2, 0, 3, 1, 4);
        Tensor q = qkv.select(0, 0);
        Tensor k = qkv.select(0, 1);
        Tensor v = qkv.select(0, 2);
        q = q.mul(Math.pow(c / numHeads, -0.5));
        Tensor attn = q.matmul(k.transpose(-2, -1));
        // add relative position bias
        attn = attn.add(relativePositionBias);

        if (shiftSize[0] + shiftSize[1] > 0) {
            // generate attention mask
            Tensor attnMask = x.newZeros(padH, padW);
            int[][] hSlices = {{0, -windowSize[0]}, {-windowSize[0], -shiftSize[0]}, {-shiftSize[0], padH}};
            int[][] wSlices = {{0, -windowSize[1]}, {-windowSize[1], -shiftSize[1]}, {-shiftSize[1], padW}};
            int count = 0;
            for (int[] hs : hSlices) {
                for (int[] ws : wSlices) {
                    attnMask.slice(0, hs[0], hs[1]).slice(1, ws[0], ws[1]).fill_(count); // attn_mask[h0:h1, w0:w1] = count
                    count++;
                }
            }
            attnMask = attnMask.view(padH / windowSize[0], windowSize[0], padW / windowSize[1], windowSize[1]);
            attnMask = attnMask.permute(0, 2, 1, 3).reshape(numWindows, (long) windowSize[0] * windowSize[1]);
            attnMask = attnMask.unsqueeze(1).sub(attnMask.unsqueeze(2));
            attnMask = attnMask.maskedFill(attnMask.ne(0), -100.0).maskedFill(attnMask.eq(0), 0.0);
            attn = attn.view(x.size(0) / numWindows, numWindows, numHeads, x.size(1), x.size(1));
            attn = attn.add(attnMask.unsqueeze(1).unsqueeze(0));
            attn = attn.view(-1, numHeads, x.size(1), x.size(1));
        }

        attn = F.softmax(attn, -1);
        attn = F.dropout(attn, attentionDropout);

        x = attn.matmul(v).transpose(1, 2).reshape(x.size(0), x.size(1), c);
        x = F.linear(x, projWeight, projBias);
        x = F.dropout(x, dropout);

        // reverse windows
        x = x.view(b, padH / windowSize[0], padW / windowSize[1], windowSize[0], windowSize[1], c);
        x = x.permute(0, 1, 3, 2, 4, 5).reshape(b, padH, padW, c);

        // reverse cyclic shift
        if (shiftSize[0] + shiftSize[1] > 0) {
            x = Tensors.roll(x, new int[] {shiftSize[0], shiftSize[1]}, new int[] {1, 2});
        }

        // unpad features
        x = x.slice(1, 0, h).slice(2, 0, w).contiguous(); // x[:, :H, :W, :]
        return x;
    }
}
