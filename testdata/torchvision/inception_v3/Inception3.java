import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.List;

/** torchvision.models.inception_v3(init_weights=False): aux_logits on (AuxLogits runs in training only), transform_input off. */
public class Inception3 extends Module {
    private final boolean auxLogits;
    private final boolean transformInput;
    private final BasicConv2d Conv2d_1a_3x3 = new BasicConv2d(3, 32, 3, 2, 0);
    private final BasicConv2d Conv2d_2a_3x3 = new BasicConv2d(32, 32, 3);
    private final BasicConv2d Conv2d_2b_3x3 = new BasicConv2d(32, 64, 3, 1, 1);
    private final MaxPool2d maxpool1 = new MaxPool2d(3).stride(2);
    private final BasicConv2d Conv2d_3b_1x1 = new BasicConv2d(64, 80, 1);
    private final BasicConv2d Conv2d_4a_3x3 = new BasicConv2d(80, 192, 3);
    private final MaxPool2d maxpool2 = new MaxPool2d(3).stride(2);
    private final InceptionA Mixed_5b = new InceptionA(192, 32);
    private final InceptionA Mixed_5c = new InceptionA(256, 64);
    private final InceptionA Mixed_5d = new InceptionA(288, 64);
    private final InceptionB Mixed_6a = new InceptionB(288);
    private final InceptionC Mixed_6b = new InceptionC(768, 128);
    private final InceptionC Mixed_6c = new InceptionC(768, 160);
    private final InceptionC Mixed_6d = new InceptionC(768, 160);
    private final InceptionC Mixed_6e = new InceptionC(768, 192);
    private final InceptionAux AuxLogits;
    private final InceptionD Mixed_7a = new InceptionD(768);
    private final InceptionE Mixed_7b = new InceptionE(1280);
    private final InceptionE Mixed_7c = new InceptionE(2048);
    private final AdaptiveAvgPool2d avgpool = new AdaptiveAvgPool2d(new int[] {1, 1});
    private final Dropout dropout;
    private final Linear fc;

    public Inception3() {
        this(1000, true, false, 0.5);
    }

    public Inception3(int numClasses, boolean auxLogits, boolean transformInput, double dropout) {
        this.auxLogits = auxLogits;
        this.transformInput = transformInput;
        AuxLogits = auxLogits ? new InceptionAux(768, numClasses) : null;
        this.dropout = new Dropout(dropout);
        fc = new Linear(2048, numClasses);
    }

    /** torchvision's InceptionOutputs. */
    public record InceptionOutputs(Tensor logits, Tensor auxLogits) {}

    private Tensor transformInput(Tensor x) {
        if (transformInput) {
            Tensor xCh0 = Tensors.unsqueeze(x.select(1, 0), 1).mul(0.229 / 0.5).add((0.485 - 0.5) / 0.5);
            Tensor xCh1 = Tensors.unsqueeze(x.select(1, 1), 1).mul(0.224 / 0.5).add((0.456 - 0.5) / 0.5);
            Tensor xCh2 = Tensors.unsqueeze(x.select(1, 2), 1).mul(0.225 / 0.5).add((0.406 - 0.5) / 0.5);
            x = Tensors.cat(List.of(xCh0, xCh1, xCh2), 1);
        }
        return x;
    }

    private InceptionOutputs forwardImpl(Tensor x) {
        // N x 3 x 299 x 299
        x = Conv2d_1a_3x3.forward(x);
        x = Conv2d_2a_3x3.forward(x);
        x = Conv2d_2b_3x3.forward(x);
        x = maxpool1.forward(x);
        x = Conv2d_3b_1x1.forward(x);
        x = Conv2d_4a_3x3.forward(x);
        x = maxpool2.forward(x);
        x = Mixed_5b.forward(x);
        x = Mixed_5c.forward(x);
        x = Mixed_5d.forward(x);
        x = Mixed_6a.forward(x);
        x = Mixed_6b.forward(x);
        x = Mixed_6c.forward(x);
        x = Mixed_6d.forward(x);
        x = Mixed_6e.forward(x);
        Tensor aux = null;
        if (AuxLogits != null && isTraining()) {
            aux = AuxLogits.forward(x);
        }
        x = Mixed_7a.forward(x);
        x = Mixed_7b.forward(x);
        x = Mixed_7c.forward(x);
        x = avgpool.forward(x);
        x = dropout.forward(x);
        x = Tensors.flatten(x, 1);
        x = fc.forward(x);
        return new InceptionOutputs(x, aux);
    }

    /** The logits; in training with aux_logits torchvision returns both (forwardImpl's record). */
    public Tensor forward(@Dims("N, 3, 299, 299") Tensor x) {
        x = transformInput(x);
        InceptionOutputs out = forwardImpl(x);
        return out.logits();
    }
}
