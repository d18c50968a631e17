import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import java.util.List;

/** Stride-1 unit: half the channels pass through, the other half go through branch2. */
public class BasicUnit extends ShuffleUnit {
    public BasicUnit(int channels) {
        super(channels, channels, 1);
    }

    @Override
    protected Sequential makeBranch1(int stride) {
        return new Sequential();
    }

    @Override
    protected Tensor mix(Tensor x) {
        List<Tensor> halves = x.chunk(2, 1);
        return Tensors.cat(List.of(halves.get(0), branch2.forward(halves.get(1))), 1);
    }
}
