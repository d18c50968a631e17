import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.List;

/** torchvision.models.inception.InceptionA. */
public class InceptionA extends Module {
    private final BasicConv2d branch1x1;
    private final BasicConv2d branch5x5_1;
    private final BasicConv2d branch5x5_2;
    private final BasicConv2d branch3x3dbl_1;
    private final BasicConv2d branch3x3dbl_2;
    private final BasicConv2d branch3x3dbl_3;
    private final BasicConv2d branch_pool;

    public InceptionA(int inChannels, int poolFeatures) {
        branch1x1 = new BasicConv2d(inChannels, 64, 1);
        branch5x5_1 = new BasicConv2d(inChannels, 48, 1);
        branch5x5_2 = new BasicConv2d(48, 64, 5, 1, 2);
        branch3x3dbl_1 = new BasicConv2d(inChannels, 64, 1);
        branch3x3dbl_2 = new BasicConv2d(64, 96, 3, 1, 1);
        branch3x3dbl_3 = new BasicConv2d(96, 96, 3, 1, 1);
        branch_pool = new BasicConv2d(inChannels, poolFeatures, 1);
    }

    private List<Tensor> forwardBranches(Tensor x) {
        Tensor branch1x1 = this.branch1x1.forward(x);

        Tensor branch5x5 = branch5x5_1.forward(x);
        branch5x5 = branch5x5_2.forward(branch5x5);

        Tensor branch3x3dbl = branch3x3dbl_1.forward(x);
        branch3x3dbl = branch3x3dbl_2.forward(branch3x3dbl);
        branch3x3dbl = branch3x3dbl_3.forward(branch3x3dbl);

        Tensor branchPool = F.avgPool2d(x, 3, 1, 1);
        branchPool = branch_pool.forward(branchPool);

        return List.of(branch1x1, branch5x5, branch3x3dbl, branchPool);
    }

    public Tensor forward(Tensor x) {
        List<Tensor> outputs = forwardBranches(x);
        return Tensors.cat(outputs, 1);
    }
}
