import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.List;

/** torchvision.models.googlenet(aux_logits=False, init_weights=False). */
public class GoogLeNet extends Module {
    private final boolean auxLogits;
    private final boolean transformInput;
    private final BasicConv2d conv1 = new BasicConv2d(3, 64, 7, 2, 3);
    private final MaxPool2d maxpool1 = new MaxPool2d(3).stride(2).ceilMode(true);
    private final BasicConv2d conv2 = new BasicConv2d(64, 64, 1);
    private final BasicConv2d conv3 = new BasicConv2d(64, 192, 3, 1, 1);
    private final MaxPool2d maxpool2 = new MaxPool2d(3).stride(2).ceilMode(true);
    private final Inception inception3a = new Inception(192, 64, 96, 128, 16, 32, 32);
    private final Inception inception3b = new Inception(256, 128, 128, 192, 32, 96, 64);
    private final MaxPool2d maxpool3 = new MaxPool2d(3).stride(2).ceilMode(true);
    private final Inception inception4a = new Inception(480, 192, 96, 208, 16, 48, 64);
    private final Inception inception4b = new Inception(512, 160, 112, 224, 24, 64, 64);
    private final Inception inception4c = new Inception(512, 128, 128, 256, 24, 64, 64);
    private final Inception inception4d = new Inception(512, 112, 144, 288, 32, 64, 64);
    private final Inception inception4e = new Inception(528, 256, 160, 320, 32, 128, 128);
    private final MaxPool2d maxpool4 = new MaxPool2d(2).stride(2).ceilMode(true);
    private final Inception inception5a = new Inception(832, 256, 160, 320, 32, 128, 128);
    private final Inception inception5b = new Inception(832, 384, 192, 384, 48, 128, 128);
    private final InceptionAux aux1;
    private final InceptionAux aux2;
    private final AdaptiveAvgPool2d avgpool = new AdaptiveAvgPool2d(new int[] {1, 1});
    private final Dropout dropout;
    private final Linear fc;

    public GoogLeNet() {
        this(1000, false, false, 0.2, 0.7);
    }

    public GoogLeNet(int numClasses, boolean auxLogits, boolean transformInput, double dropout, double dropoutAux) {
        this.auxLogits = auxLogits;
        this.transformInput = transformInput;
        if (auxLogits) {
            aux1 = new InceptionAux(512, numClasses, dropoutAux);
            aux2 = new InceptionAux(528, numClasses, dropoutAux);
        } else {
            aux1 = null;
            aux2 = null;
        }
        this.dropout = new Dropout(dropout);
        fc = new Linear(1024, numClasses);
    }

    /** torchvision's GoogLeNetOutputs. */
    public record GoogLeNetOutputs(Tensor logits, Tensor auxLogits2, Tensor auxLogits1) {}

    private Tensor transformInput(Tensor x) {
        if (transformInput) {
            Tensor xCh0 = Tensors.unsqueeze(x.select(1, 0), 1).mul(0.229 / 0.5).add((0.485 - 0.5) / 0.5);
            Tensor xCh1 = Tensors.unsqueeze(x.select(1, 1), 1).mul(0.224 / 0.5).add((0.456 - 0.5) / 0.5);
            Tensor xCh2 = Tensors.unsqueeze(x.select(1, 2), 1).mul(0.225 / 0.5).add((0.406 - 0.5) / 0.5);
            x = Tensors.cat(List.of(xCh0, xCh1, xCh2), 1);
        }
        return x;
    }

    private GoogLeNetOutputs forwardImpl(Tensor x) {
        x = conv1.forward(x);
        x = maxpool1.forward(x);
        x = conv2.forward(x);
        x = conv3.forward(x);
        x = maxpool2.forward(x);
        x = inception3a.forward(x);
        x = inception3b.forward(x);
        x = maxpool3.forward(x);
        x = inception4a.forward(x);
        Tensor a1 = null;
        if (aux1 != null && isTraining()) {
            a1 = aux1.forward(x);
        }
        x = inception4b.forward(x);
        x = inception4c.forward(x);
        x = inception4d.forward(x);
        Tensor a2 = null;
        if (aux2 != null && isTraining()) {
            a2 = aux2.forward(x);
        }
        x = inception4e.forward(x);
        x = maxpool4.forward(x);
        x = inception5a.forward(x);
        x = inception5b.forward(x);
        x = avgpool.forward(x);
        x = Tensors.flatten(x, 1);
        x = dropout.forward(x);
        x = fc.forward(x);
        return new GoogLeNetOutputs(x, a2, a1);
    }

    /** The logits; in training with aux_logits torchvision returns all three (forwardImpl's record). */
    public Tensor forward(@Dims("N, 3, 224, 224") Tensor x) {
        x = transformInput(x);
        GoogLeNetOutputs out = forwardImpl(x);
        return out.logits();
    }
}
