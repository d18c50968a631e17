import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import java.util.List;
import java.util.function.Function;

/** Stride-2 unit: both branches see the whole input. */
public class DownUnit extends ShuffleUnit {
    public DownUnit(int inp, int oup) {
        super(inp, oup, 2);
    }

    @Override
    protected Sequential makeBranch1(int stride) {
        return new Sequential(
                depthwise(inp, stride), new BatchNorm2d(inp),
                conv1x1(inp, branchFeatures), new BatchNorm2d(branchFeatures), new ReLU(true));
    }

    @Override
    protected Tensor mix(Tensor x) {
        List<Function<Tensor, Tensor>> branches = List.of(branch1::forward, branch2::forward);
        return Tensors.cat(branches.stream().map(f -> f.apply(x)).toList(), 1);
    }
}
