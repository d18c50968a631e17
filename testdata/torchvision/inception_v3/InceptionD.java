import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.List;

/** torchvision.models.inception.InceptionD: grid reduction 17 -> 8. */
public class InceptionD extends Module {
    private final BasicConv2d branch3x3_1;
    private final BasicConv2d branch3x3_2;
    private final BasicConv2d branch7x7x3_1;
    private final BasicConv2d branch7x7x3_2;
    private final BasicConv2d branch7x7x3_3;
    private final BasicConv2d branch7x7x3_4;

    public InceptionD(int inChannels) {
        branch3x3_1 = new BasicConv2d(inChannels, 192, 1);
        branch3x3_2 = new BasicConv2d(192, 320, 3, 2, 0);
        branch7x7x3_1 = new BasicConv2d(inChannels, 192, 1);
        branch7x7x3_2 = new BasicConv2d(192, 192, new int[] {1, 7}, new int[] {0, 3});
        branch7x7x3_3 = new BasicConv2d(192, 192, new int[] {7, 1}, new int[] {3, 0});
        branch7x7x3_4 = new BasicConv2d(192, 192, 3, 2, 0);
    }

    private List<Tensor> forwardBranches(Tensor x) {
        Tensor branch3x3 = branch3x3_1.forward(x);
        branch3x3 = branch3x3_2.forward(branch3x3);

        Tensor branch7x7x3 = branch7x7x3_1.forward(x);
        branch7x7x3 = branch7x7x3_2.forward(branch7x7x3);
        branch7x7x3 = branch7x7x3_3.forward(branch7x7x3);
        branch7x7x3 = branch7x7x3_4.forward(branch7x7x3);

        Tensor branchPool = F.maxPool2d(x, 3, 2);
        return List.of(branch3x3, branch7x7x3, branchPool);
    }

    public Tensor forward(Tensor x) {
        List<Tensor> outputs = forwardBranches(x);
        return Tensors.cat(outputs, 1);
    }
}
