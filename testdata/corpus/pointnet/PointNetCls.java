import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/**
 * fxia22/pointnet.pytorch pointnet/model.py's PointNetCls with the feature transform (STN3d input
 * T-Net, STNkd(64) feature T-Net), k = 10 classes, full widths (64..1024), 256 points.
 */
public class PointNetCls extends Module {
    public record Output(Tensor logProbs, Tensor trans, Tensor transFeat) {}

    private final boolean feature_transform;
    private final PointNetfeat feat;
    private final Linear fc1 = new Linear(1024, 512);
    private final Linear fc2 = new Linear(512, 256);
    private final Linear fc3;
    private final Dropout dropout = new Dropout(0.3);
    private final BatchNorm1d bn1 = new BatchNorm1d(512);
    private final BatchNorm1d bn2 = new BatchNorm1d(256);
    private final ReLU relu = new ReLU();

    public PointNetCls() {
        this(10, true);
    }

    public PointNetCls(int k, boolean featureTransform) {
        feature_transform = featureTransform;
        feat = new PointNetfeat(true, featureTransform);
        fc3 = new Linear(256, k);
    }

    public Output forward(@Dims("N, 3, 256") Tensor x) {
        PointNetfeat.Output f = feat.forward(x);
        x = f.x();
        x = F.relu(bn1.forward(fc1.forward(x)));
        x = F.relu(bn2.forward(dropout.forward(fc2.forward(x))));
        x = fc3.forward(x);
        return new Output(F.logSoftmax(x, 1), f.trans(), f.transFeat());
    }
}
