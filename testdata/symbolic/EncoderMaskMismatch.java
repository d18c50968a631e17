import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

// A TransformerEncoder given an [N, N] mask for a sequence of length S: right only when N == S.
// Valid for: N == S
public class EncoderMaskMismatch extends Module {
    private final TransformerEncoder encoder =
        new TransformerEncoder(new TransformerEncoderLayer(64, 4).batchFirst(true), 2);

    public Tensor forward(@Dims("N, S, 64") Tensor x, @Dims("N, N") Tensor mask) {
        return encoder.forward(x, mask);
      //       ^ [N, S, 64]
      //       ^^^^^^^^^^^^^^^^^^^^^^^^ warning shape/value-dependent: needs N == S; for N = 2, S = 1: The shape of the 2D attn_mask is torch.Size([2, 2]), but should be (1, 1).
    }
}
