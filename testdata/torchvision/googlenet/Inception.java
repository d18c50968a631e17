import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.List;

/** torchvision.models.googlenet.Inception: four branches concatenated on channels. */
public class Inception extends Module {
    private final BasicConv2d branch1;
    private final Sequential branch2;
    private final Sequential branch3;
    private final Sequential branch4;

    public Inception(int inChannels, int ch1x1, int ch3x3red, int ch3x3, int ch5x5red, int ch5x5, int poolProj) {
        branch1 = new BasicConv2d(inChannels, ch1x1, 1);
        branch2 = new Sequential(
                new BasicConv2d(inChannels, ch3x3red, 1), new BasicConv2d(ch3x3red, ch3x3, 3, 1, 1));
        branch3 = new Sequential(
                new BasicConv2d(inChannels, ch5x5red, 1),
                // Here, kernel_size=3 instead of kernel_size=5 is a known bug, kept by torchvision.
                new BasicConv2d(ch5x5red, ch5x5, 3, 1, 1));
        branch4 = new Sequential(
                new MaxPool2d(3).stride(1).padding(1).ceilMode(true),
                new BasicConv2d(inChannels, poolProj, 1));
    }

    private List<Tensor> forwardBranches(Tensor x) {
        Tensor b1 = branch1.forward(x);
        Tensor b2 = branch2.forward(x);
        Tensor b3 = branch3.forward(x);
        Tensor b4 = branch4.forward(x);
        return List.of(b1, b2, b3, b4);
    }

    public Tensor forward(Tensor x) {
        List<Tensor> outputs = forwardBranches(x);
        return Tensors.cat(outputs, 1);
    }
}
