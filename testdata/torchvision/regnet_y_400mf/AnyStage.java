import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/** torchvision.models.regnet.AnyStage: depth blocks named block{stage}-{i}. */
public class AnyStage extends Sequential {
    public AnyStage(int widthIn, int widthOut, int stride, int depth, IntFunction<Module> normLayer,
            Supplier<Module> activationLayer, int groupWidth, double bottleneckMultiplier, Double seRatio, int stageIndex) {
        for (int i = 0; i < depth; i++) {
            ResBottleneckBlock block = new ResBottleneckBlock(
                    i == 0 ? widthIn : widthOut,
                    widthOut,
                    i == 0 ? stride : 1,
                    normLayer,
                    activationLayer,
                    groupWidth,
                    bottleneckMultiplier,
                    seRatio);
            addModule("block" + stageIndex + "-" + i, block);
        }
    }
}
