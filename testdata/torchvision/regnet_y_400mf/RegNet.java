import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/** torchvision.models.regnet_y_400mf(): depth 16, w_0 48, w_a 27.89, w_m 2.09, group width 8, SE 0.25. */
public class RegNet extends Module {
    private final SimpleStemIN stem;
    private final Sequential trunk_output = new Sequential();
    private final AdaptiveAvgPool2d avgpool = new AdaptiveAvgPool2d(new int[] {1, 1});
    private final Linear fc;

    public RegNet() {
        this(BlockParams.fromInitParams(16, 48, 27.89, 2.09, 8, 1.0, 0.25), 1000, 32);
    }

    public RegNet(BlockParams blockParams, int numClasses, int stemWidth) {
        IntFunction<Module> normLayer = BatchNorm2d::new;
        Supplier<Module> activation = ReLU::new;
        stem = new SimpleStemIN(3, stemWidth, normLayer, activation);

        int currentWidth = stemWidth;
        for (int i = 0; i < blockParams.widths.size(); i++) {
            int widthOut = blockParams.widths.get(i);
            trunk_output.add("block" + (i + 1), new AnyStage(
                    currentWidth,
                    widthOut,
                    blockParams.strides.get(i),
                    blockParams.depths.get(i),
                    normLayer,
                    activation,
                    blockParams.groupWidths.get(i),
                    blockParams.bottleneckMultipliers.get(i),
                    blockParams.seRatio,
                    i + 1));
            currentWidth = widthOut;
        }
        fc = new Linear(currentWidth, numClasses);
    }

    public Tensor forward(@Dims("N, 3, 224, 224") Tensor x) {
        x = stem.forward(x);
        x = trunk_output.forward(x);
        x = avgpool.forward(x);
        x = x.flatten(1);
        x = fc.forward(x);
        return x;
    }
}
