import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import java.util.Optional;

/** PointNet's feature extractor (fxia22/pointnet.pytorch PointNetfeat), global features only. */
public class PointNetFeat extends PointEncoder {
    public record Features(Tensor global, Tensor trans, Tensor transFeat) {
    }

    private final TNet stn = new TNet(3);
    private final Sequential conv1 = sharedMlp(3, 64);
    private final Optional<TNet> fstn;

    public PointNetFeat(boolean featureTransform) {
        super(64, 128, 512);
        fstn = featureTransform ? Optional.of(new TNet(64)) : Optional.empty();
        fstn.ifPresent(t -> addModule("fstn", t));
    }

    @Override
    protected Pooling pooling() {
        return Pooling.MAX;
    }

    private static Tensor transform(Tensor points, Tensor matrix) {
        return Tensors.bmm(points.transpose(2, 1), matrix).transpose(2, 1);
    }

    public Features forward(Tensor x) {
        Tensor trans = stn.forward(x);
        x = conv1.forward(transform(x, trans));
        final Tensor local = x;
        Tensor transFeat = fstn.map(t -> t.forward(local)).orElse(null);
        if (transFeat != null) {
            x = transform(x, transFeat);
        }
        return new Features(encode(x), trans, transFeat);
    }
}
