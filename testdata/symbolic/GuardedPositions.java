import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

// nanoGPT's guard: what follows it runs only for T <= 64, so that is the domain, and the guard
// itself is not a finding. Without it, positions past 64 would index past the table.
// Valid for: T <= 64
public class GuardedPositions extends Module {
    private final int blockSize = 64;
    private final Embedding tokens = new Embedding(1000, 32);
    private final Embedding positions = new Embedding(blockSize, 32);

    public Tensor forward(@Dims(value = "N, T", dtype = DType.INT64) Tensor idx) {
        long t = idx.size(1);
        if (t > blockSize) {
            throw new ShapeError("Cannot forward sequence of length " + t + ", block size is only " + blockSize);
        }
        Tensor pos = Tensors.arange(0, t, 1, DType.INT64);
      //             ^ [T]
        return tokens.forward(idx).add(positions.forward(pos));
      //       ^ [N, T, 32]
      //       ^ [N, T, 32]
      //                               ^ [T, 32]
    }
}
