import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.List;

public class PointNetfeat extends Module {
    public record Output(Tensor x, Tensor trans, Tensor transFeat) {}

    private final STN3d stn = new STN3d();
    private final Conv1d conv1 = new Conv1d(3, 64, 1);
    private final Conv1d conv2 = new Conv1d(64, 128, 1);
    private final Conv1d conv3 = new Conv1d(128, 1024, 1);
    private final BatchNorm1d bn1 = new BatchNorm1d(64);
    private final BatchNorm1d bn2 = new BatchNorm1d(128);
    private final BatchNorm1d bn3 = new BatchNorm1d(1024);
    private final boolean global_feat;
    private final boolean feature_transform;
    private STNkd fstn;

    public PointNetfeat(boolean globalFeat, boolean featureTransform) {
        global_feat = globalFeat;
        feature_transform = featureTransform;
        if (feature_transform) {
            fstn = new STNkd(64);
        }
    }

    public Output forward(Tensor x) {
        long n_pts = x.size(2);
        Tensor trans = stn.forward(x);
        x = x.transpose(2, 1);
        x = Tensors.bmm(x, trans);
        x = x.transpose(2, 1);
        x = F.relu(bn1.forward(conv1.forward(x)));

        Tensor trans_feat;
        if (feature_transform) {
            trans_feat = fstn.forward(x);
            x = x.transpose(2, 1);
            x = Tensors.bmm(x, trans_feat);
            x = x.transpose(2, 1);
        } else {
            trans_feat = null;
        }

        Tensor pointfeat = x;
        x = F.relu(bn2.forward(conv2.forward(x)));
        x = bn3.forward(conv3.forward(x));
        x = Tensors.max(x, 2, true).values();
        x = x.view(-1, 1024);
        if (global_feat) {
            return new Output(x, trans, trans_feat);
        } else {
            x = x.view(-1, 1024, 1).repeat(1, 1, n_pts);
            return new Output(Tensors.cat(List.of(x, pointfeat), 1), trans, trans_feat);
        }
    }
}
