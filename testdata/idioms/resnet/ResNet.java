import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** torchvision's ResNet, parameterised by an architecture enum and the stage widths. */
public class ResNet extends Module {
    /** The block kinds and stage depths of torchvision's resnet18/34/50/101. */
    public enum Arch {
        RESNET18(2, 2, 2, 2),
        RESNET34(3, 4, 6, 3),
        RESNET50(3, 4, 6, 3),
        RESNET101(3, 4, 23, 3);

        private final int[] blocks;

        Arch(int... blocks) {
            this.blocks = blocks;
        }

        int blocks(int stage) {
            return blocks[stage];
        }

        int expansion() {
            return switch (this) {
                case RESNET18, RESNET34 -> 1;
                case RESNET50, RESNET101 -> 4;
            };
        }

        ResidualBlock block(int inPlanes, int planes, int stride) {
            return ordinal() < RESNET50.ordinal()
                    ? new BasicBlock(inPlanes, planes, stride)
                    : new Bottleneck(inPlanes, planes, stride);
        }
    }

    private final Conv2d conv1 = new Conv2d(3, 64, 7).stride(2).padding(3).bias(false);
    private final BatchNorm2d bn1 = new BatchNorm2d(64);
    private final ReLU relu = new ReLU(true);
    private final MaxPool2d maxpool = new MaxPool2d(3, 2, 1);
    private final List<Sequential> stages = new ArrayList<>();
    private final AdaptiveAvgPool2d avgpool = new AdaptiveAvgPool2d(1);
    private final Linear fc;

    protected ResNet(Arch arch, int numClasses, int... widths) {
        int inPlanes = 64;
        for (int i = 0; i < widths.length; i++) {
            Sequential stage = new Sequential();
            for (int b = 0; b < arch.blocks(i); b++) {
                int stride = b == 0 && i > 0 ? 2 : 1;
                stage.add(arch.block(inPlanes, widths[i], stride));
                inPlanes = widths[i] * arch.expansion();
            }
            stages.add(addModule("layer" + (i + 1), stage));
        }
        fc = new Linear(widths[widths.length - 1] * arch.expansion(), numClasses);
    }

    public Tensor forward(@Dims("N, 3, 64, 64") Tensor x) {
        x = maxpool.forward(relu.forward(bn1.forward(conv1.forward(x))));
        Iterator<Sequential> it = stages.iterator();
        while (it.hasNext()) {
            x = it.next().forward(x);
        }
        x = avgpool.forward(x).flatten(1);
        return fc.forward(x);
    }
}
