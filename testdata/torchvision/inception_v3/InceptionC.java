import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.List;

/** torchvision.models.inception.InceptionC: factorized 7x7 convolutions. */
public class InceptionC extends Module {
    private final BasicConv2d branch1x1;
    private final BasicConv2d branch7x7_1;
    private final BasicConv2d branch7x7_2;
    private final BasicConv2d branch7x7_3;
    private final BasicConv2d branch7x7dbl_1;
    private final BasicConv2d branch7x7dbl_2;
    private final BasicConv2d branch7x7dbl_3;
    private final BasicConv2d branch7x7dbl_4;
    private final BasicConv2d branch7x7dbl_5;
    private final BasicConv2d branch_pool;

    public InceptionC(int inChannels, int channels7x7) {
        branch1x1 = new BasicConv2d(inChannels, 192, 1);
        int c7 = channels7x7;
        branch7x7_1 = new BasicConv2d(inChannels, c7, 1);
        branch7x7_2 = new BasicConv2d(c7, c7, new int[] {1, 7}, new int[] {0, 3});
        branch7x7_3 = new BasicConv2d(c7, 192, new int[] {7, 1}, new int[] {3, 0});
        branch7x7dbl_1 = new BasicConv2d(inChannels, c7, 1);
        branch7x7dbl_2 = new BasicConv2d(c7, c7, new int[] {7, 1}, new int[] {3, 0});
        branch7x7dbl_3 = new BasicConv2d(c7, c7, new int[] {1, 7}, new int[] {0, 3});
        branch7x7dbl_4 = new BasicConv2d(c7, c7, new int[] {7, 1}, new int[] {3, 0});
        branch7x7dbl_5 = new BasicConv2d(c7, 192, new int[] {1, 7}, new int[] {0, 3});
        branch_pool = new BasicConv2d(inChannels, 192, 1);
    }

    private List<Tensor> forwardBranches(Tensor x) {
        Tensor branch1x1 = this.branch1x1.forward(x);

        Tensor branch7x7 = branch7x7_1.forward(x);
        branch7x7 = branch7x7_2.forward(branch7x7);
        branch7x7 = branch7x7_3.forward(branch7x7);

        Tensor branch7x7dbl = branch7x7dbl_1.forward(x);
        branch7x7dbl = branch7x7dbl_2.forward(branch7x7dbl);
        branch7x7dbl = branch7x7dbl_3.forward(branch7x7dbl);
        branch7x7dbl = branch7x7dbl_4.forward(branch7x7dbl);
        branch7x7dbl = branch7x7dbl_5.forward(branch7x7dbl);

        Tensor branchPool = F.avgPool2d(x, 3, 1, 1);
        branchPool = branch_pool.forward(branchPool);

        return List.of(branch1x1, branch7x7, branch7x7dbl, branchPool);
    }

    public Tensor forward(Tensor x) {
        List<Tensor> outputs = forwardBranches(x);
        return Tensors.cat(outputs, 1);
    }
}
