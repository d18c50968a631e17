import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.List;

/** torchvision.models.inception.InceptionB: grid reduction 35 -> 17. */
public class InceptionB extends Module {
    private final BasicConv2d branch3x3;
    private final BasicConv2d branch3x3dbl_1;
    private final BasicConv2d branch3x3dbl_2;
    private final BasicConv2d branch3x3dbl_3;

    public InceptionB(int inChannels) {
        branch3x3 = new BasicConv2d(inChannels, 384, 3, 2, 0);
        branch3x3dbl_1 = new BasicConv2d(inChannels, 64, 1);
        branch3x3dbl_2 = new BasicConv2d(64, 96, 3, 1, 1);
        branch3x3dbl_3 = new BasicConv2d(96, 96, 3, 2, 0);
    }

    private List<Tensor> forwardBranches(Tensor x) {
        Tensor branch3x3 = this.branch3x3.forward(x);

        Tensor branch3x3dbl = branch3x3dbl_1.forward(x);
        branch3x3dbl = branch3x3dbl_2.forward(branch3x3dbl);
        branch3x3dbl = branch3x3dbl_3.forward(branch3x3dbl);

        Tensor branchPool = F.maxPool2d(x, 3, 2);
        return List.of(branch3x3, branch3x3dbl, branchPool);
    }

    public Tensor forward(Tensor x) {
        List<Tensor> outputs = forwardBranches(x);
        return Tensors.cat(outputs, 1);
    }
}
