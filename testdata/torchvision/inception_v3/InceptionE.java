import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.List;

/** torchvision.models.inception.InceptionE: expanded filter bank outputs. */
public class InceptionE extends Module {
    private final BasicConv2d branch1x1;
    private final BasicConv2d branch3x3_1;
    private final BasicConv2d branch3x3_2a;
    private final BasicConv2d branch3x3_2b;
    private final BasicConv2d branch3x3dbl_1;
    private final BasicConv2d branch3x3dbl_2;
    private final BasicConv2d branch3x3dbl_3a;
    private final BasicConv2d branch3x3dbl_3b;
    private final BasicConv2d branch_pool;

    public InceptionE(int inChannels) {
        branch1x1 = new BasicConv2d(inChannels, 320, 1);
        branch3x3_1 = new BasicConv2d(inChannels, 384, 1);
        branch3x3_2a = new BasicConv2d(384, 384, new int[] {1, 3}, new int[] {0, 1});
        branch3x3_2b = new BasicConv2d(384, 384, new int[] {3, 1}, new int[] {1, 0});
        branch3x3dbl_1 = new BasicConv2d(inChannels, 448, 1);
        branch3x3dbl_2 = new BasicConv2d(448, 384, 3, 1, 1);
        branch3x3dbl_3a = new BasicConv2d(384, 384, new int[] {1, 3}, new int[] {0, 1});
        branch3x3dbl_3b = new BasicConv2d(384, 384, new int[] {3, 1}, new int[] {1, 0});
        branch_pool = new BasicConv2d(inChannels, 192, 1);
    }

    private List<Tensor> forwardBranches(Tensor x) {
        Tensor branch1x1 = this.branch1x1.forward(x);

        Tensor branch3x3 = branch3x3_1.forward(x);
        List<Tensor> branch3x3Parts = List.of(branch3x3_2a.forward(branch3x3), branch3x3_2b.forward(branch3x3));
        branch3x3 = Tensors.cat(branch3x3Parts, 1);

        Tensor branch3x3dbl = branch3x3dbl_1.forward(x);
        branch3x3dbl = branch3x3dbl_2.forward(branch3x3dbl);
        List<Tensor> branch3x3dblParts = List.of(branch3x3dbl_3a.forward(branch3x3dbl), branch3x3dbl_3b.forward(branch3x3dbl));
        branch3x3dbl = Tensors.cat(branch3x3dblParts, 1);

        Tensor branchPool = F.avgPool2d(x, 3, 1, 1);
        branchPool = branch_pool.forward(branchPool);

        return List.of(branch1x1, branch3x3, branch3x3dbl, branchPool);
    }

    public Tensor forward(Tensor x) {
        List<Tensor> outputs = forwardBranches(x);
        return Tensors.cat(outputs, 1);
    }
}
