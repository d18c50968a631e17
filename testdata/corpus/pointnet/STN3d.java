import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** The input transform T-Net: predicts a 3x3 matrix per cloud. */
public class STN3d extends Module {
    private final Conv1d conv1 = new Conv1d(3, 64, 1);
    private final Conv1d conv2 = new Conv1d(64, 128, 1);
    private final Conv1d conv3 = new Conv1d(128, 1024, 1);
    private final Linear fc1 = new Linear(1024, 512);
    private final Linear fc2 = new Linear(512, 256);
    private final Linear fc3 = new Linear(256, 9);
    private final ReLU relu = new ReLU();

    private final BatchNorm1d bn1 = new BatchNorm1d(64);
    private final BatchNorm1d bn2 = new BatchNorm1d(128);
    private final BatchNorm1d bn3 = new BatchNorm1d(1024);
    private final BatchNorm1d bn4 = new BatchNorm1d(512);
    private final BatchNorm1d bn5 = new BatchNorm1d(256);

    public Tensor forward(@Dims("N, 3, 256") Tensor x) {
        long batchsize = x.size(0);
        x = F.relu(bn1.forward(conv1.forward(x)));
        x = F.relu(bn2.forward(conv2.forward(x)));
        x = F.relu(bn3.forward(conv3.forward(x)));
        x = Tensors.max(x, 2, true).values();
        x = x.view(-1, 1024);

        x = F.relu(bn4.forward(fc1.forward(x)));
        x = F.relu(bn5.forward(fc2.forward(x)));
        x = fc3.forward(x);

        Tensor iden = Tensors.tensor(new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1}, 9).view(1, 9).repeat(batchsize, 1);
        x = x.add(iden);
        x = x.view(-1, 3, 3);
        return x;
    }
}
