import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.function.Function;

/** PointNet classifier (ModelNet40-style, 40 classes) over 256 points, with the feature transform. */
public class PointNetCls extends Module {
    private final PointNetFeat feat = new PointNetFeat(true);
    private final Linear fc1 = new Linear(512, 256);
    private final Linear fc2 = new Linear(256, 128);
    private final Linear fc3;
    private final Dropout dropout = new Dropout(0.3);
    private final BatchNorm1d bn1 = new BatchNorm1d(256);
    private final BatchNorm1d bn2 = new BatchNorm1d(128);

    public PointNetCls() {
        this(40);
    }

    public PointNetCls(int numClasses) {
        fc3 = new Linear(128, numClasses);
    }

    public Tensor forward(@Dims("N, 3, 256") Tensor points) {
        Function<Tensor, Tensor> block1 = ((Function<Tensor, Tensor>) fc1::forward).andThen(bn1::forward).andThen(F::relu);
        Function<Tensor, Tensor> block2 = ((Function<Tensor, Tensor>) fc2::forward).andThen(dropout::forward)
                .andThen(bn2::forward).andThen(F::relu);
        Tensor x = block1.andThen(block2).apply(feat.forward(points).global());
        return F.logSoftmax(fc3.forward(x), 1);
    }
}
