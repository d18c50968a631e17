import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;

/** Middle of the hierarchy: torchvision's Bottleneck with groups and base width. */
public class Bottleneck extends Block {
    public static final int EXPANSION = 4;

    protected Conv2d conv1;
    protected BatchNorm2d bn1;
    protected Conv2d conv2;
    protected BatchNorm2d bn2;
    protected Conv2d conv3;
    protected BatchNorm2d bn3;

    public Bottleneck(int inplanes, int planes, int stride, int groups, int baseWidth) {
        super(inplanes, Widths.expand(planes), stride);
        int width = Widths.groupWidth(planes, baseWidth, groups);
        conv1 = addModule("conv1", conv1x1(inplanes, width, 1));
        bn1 = addModule("bn1", new BatchNorm2d(width));
        conv2 = addModule("conv2", conv3x3(width, width, stride, groups));
        bn2 = addModule("bn2", new BatchNorm2d(width));
        conv3 = addModule("conv3", conv1x1(width, Widths.expand(planes), 1));
        bn3 = addModule("bn3", new BatchNorm2d(Widths.expand(planes)));
    }

    @Override
    protected Tensor residual(Tensor x) {
        Tensor out = F.relu(bn1.forward(conv1.forward(x)));
        out = F.relu(bn2.forward(conv2.forward(out)));
        return bn3.forward(conv3.forward(out));
    }
}
