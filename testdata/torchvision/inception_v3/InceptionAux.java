import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** torchvision.models.inception.InceptionAux: the auxiliary classifier (run in training only). */
public class InceptionAux extends Module {
    private final BasicConv2d conv0;
    private final BasicConv2d conv1;
    private final Linear fc;

    public InceptionAux(int inChannels, int numClasses) {
        conv0 = new BasicConv2d(inChannels, 128, 1);
        conv1 = new BasicConv2d(128, 768, 5);
        fc = new Linear(768, numClasses);
    }

    public Tensor forward(Tensor x) {
        x = F.avgPool2d(x, 5, 3);
        x = conv0.forward(x);
        x = conv1.forward(x);
        x = F.adaptiveAvgPool2d(x, new int[] {1, 1});
        x = Tensors.flatten(x, 1);
        x = fc.forward(x);
        return x;
    }
}
