import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** torchvision.models.googlenet.InceptionAux: the auxiliary classifier (run in training only). */
public class InceptionAux extends Module {
    private final BasicConv2d conv;
    private final Linear fc1 = new Linear(2048, 1024);
    private final Linear fc2;
    private final Dropout dropout;

    public InceptionAux(int inChannels, int numClasses, double dropout) {
        conv = new BasicConv2d(inChannels, 128, 1);
        fc2 = new Linear(1024, numClasses);
        this.dropout = new Dropout(dropout);
    }

    public Tensor forward(Tensor x) {
        x = F.adaptiveAvgPool2d(x, new int[] {4, 4});
        x = conv.forward(x);
        x = Tensors.flatten(x, 1);
        x = F.relu(fc1.forward(x), true);
        x = dropout.forward(x);
        x = fc2.forward(x);
        return x;
    }
}
