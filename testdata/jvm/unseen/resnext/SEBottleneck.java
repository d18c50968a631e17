import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;

/** Bottom of the hierarchy: SE-ResNeXt's block, calling super.residual() and rescaling it. */
public class SEBottleneck extends Bottleneck {
    private final Linear fc1;
    private final Linear fc2;

    public SEBottleneck(int inplanes, int planes, int stride, int groups, int baseWidth, int reduction) {
        super(inplanes, planes, stride, groups, baseWidth);
        int channels = Widths.expand(planes);
        fc1 = new Linear(channels, Math.max(channels / reduction, 4));
        fc2 = new Linear(Math.max(channels / reduction, 4), channels);
    }

    @Override
    protected Tensor residual(Tensor x) {
        Tensor out = super.residual(x);
        Tensor s = out.mean(new int[] {2, 3});
        s = Tensors.sigmoid(fc2.forward(F.relu(fc1.forward(s))));
        return out.mul(s.unsqueeze(-1).unsqueeze(-1));
    }
}
