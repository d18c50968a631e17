import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

// Valid for: S == 128
public class PinnedKeyAttention extends Module {
    public Tensor forward(@Dims("N, T, 128") Tensor q, @Dims("N, S, 128") Tensor k) {
        return q.bmm(k);
      //       ^ [N, T, 128]
      //       ^^^^^^^^ warning shape/value-dependent: needs S == 128; for S = 64: Expected size for first two dimensions of batch2 tensor to be: [2, 128] but got: [2, 64].
    }
}
