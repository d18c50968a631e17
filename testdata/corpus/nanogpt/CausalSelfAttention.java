import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.List;

public class CausalSelfAttention extends Module {
    // key, query, value projections for all heads, but in a batch
    private final Linear c_attn;
    // output projection
    private final Linear c_proj;
    // regularization
    private final Dropout attn_dropout;
    private final Dropout resid_dropout;
    private final int n_head;
    private final int n_embd;
    private final double dropout;
    private final Tensor bias;

    public CausalSelfAttention(GPTConfig config) {
        if (config.nEmbd() % config.nHead() != 0) {
            throw new IllegalArgumentException("n_embd must be divisible by n_head");
        }
        c_attn = new Linear(config.nEmbd(), 3 * config.nEmbd()).bias(config.bias());
        c_proj = new Linear(config.nEmbd(), config.nEmbd()).bias(config.bias());
        attn_dropout = new Dropout(config.dropout());
        resid_dropout = new Dropout(config.dropout());
        n_head = config.nHead();
        n_embd = config.nEmbd();
        dropout = config.dropout();
        // causal mask to ensure that attention is only applied to the left in the input sequence
        // (torch.tril(torch.ones(block_size, block_size)) != 0, written with arange: nn has no tril)
        Tensor row = Tensors.arange(config.blockSize()).view(config.blockSize(), 1);
        Tensor col = Tensors.arange(config.blockSize()).view(1, config.blockSize());
        bias = registerBuffer("bias", col.le(row).view(1, 1, config.blockSize(), config.blockSize()));
    }

    public Tensor forward(Tensor x) {
        long B = x.size(0); // batch size
        long T = x.size(1); // sequence length
        long C = x.size(2); // embedding dimensionality (n_embd)

        // calculate query, key, values for all heads in batch and move head forward to be the batch dim
        List<Tensor> qkv = c_attn.forward(x).split(n_embd, 2);
        Tensor q = qkv.get(0);
        Tensor k = qkv.get(1);
        Tensor v = qkv.get(2);
        k = k.view(B, T, n_head, C / n_head).transpose(1, 2); // (B, nh, T, hs)
        q = q.view(B, T, n_head, C / n_head).transpose(1, 2); // (B, nh, T, hs)
        v = v.view(B, T, n_head, C / n_head).transpose(1, 2); // (B, nh, T, hs)

        // manual implementation of attention
        Tensor att = q.matmul(k.transpose(-2, -1)).mul(1.0 / Math.sqrt(k.size(-1)));
        att = att.maskedFill(bias.slice(2, 0, T).slice(3, 0, T).eq(0), Double.NEGATIVE_INFINITY);
        att = F.softmax(att, -1);
        att = attn_dropout.forward(att);
        Tensor y = att.matmul(v); // (B, nh, T, T) x (B, nh, T, hs) -> (B, nh, T, hs)
        y = y.transpose(1, 2).contiguous().view(B, T, C); // re-assemble all head outputs side by side

        // output projection
        y = resid_dropout.forward(c_proj.forward(y));
        return y;
    }
}
