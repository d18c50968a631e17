import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.List;

/**
 * openai/whisper model.py's AudioEncoder, small (Whisper tiny: 80 mels, 1500 positions, 384 wide,
 * 6 heads, 4 layers): two conv1d, sinusoidal positions, residual attention blocks.
 */
public class AudioEncoder extends Module {
    private final Conv1d conv1;
    private final Conv1d conv2;
    private final Tensor positional_embedding;
    private final ModuleList blocks = new ModuleList();
    private final LayerNorm ln_post;

    public AudioEncoder() {
        this(16, 50, 64, 4, 2);
    }

    public AudioEncoder(int nMels, int nCtx, int nState, int nHead, int nLayer) {
        conv1 = new Conv1d(nMels, nState, 3).padding(1);
        conv2 = new Conv1d(nState, nState, 3).stride(2).padding(1);
        positional_embedding = registerBuffer("positional_embedding", sinusoids(nCtx, nState, 10000));
        for (int i = 0; i < nLayer; i++) {
            blocks.add(new ResidualAttentionBlock(nState, nHead, false));
        }
        ln_post = new LayerNorm(nState);
    }

    /** Returns sinusoids for positional embedding. */
    static Tensor sinusoids(int length, int channels, int maxTimescale) {
        if (channels % 2 != 0) {
            throw new IllegalArgumentException("channels must be even");
        }
        double logTimescaleIncrement = Math.log(maxTimescale) / (channels / 2 - 1);
        Tensor invTimescales = Tensors.exp(Tensors.arange(channels / 2).mul(-logTimescaleIncrement));
        Tensor scaledTime = Tensors.arange(length).unsqueeze(1).mul(invTimescales.unsqueeze(0));
        return Tensors.cat(List.of(Tensors.sin(scaledTime), Tensors.cos(scaledTime)), 1);
    }

    public Tensor forward(@Dims("N, 16, 100") Tensor x) {
        x = F.gelu(conv1.forward(x));
        x = F.gelu(conv2.forward(x));
        x = x.permute(0, 2, 1);

        if (x.size(1) != positional_embedding.size(0) || x.size(2) != positional_embedding.size(1)) {
            throw new ShapeError("incorrect audio shape");
        }
        x = x.add(positional_embedding).to(x.dtype());

        for (Module block : blocks) {
            x = block.call(x);
        }

        x = ln_post.forward(x);
        return x;
    }
}
