import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Classify-and-localise (as in OverFeat / the classic "single object localisation" setup): one
 * VGG-style backbone, a class head and a box-regression head, returning both as a record.
 */
public class MultiTaskNet extends Module {
    public record Outputs(Tensor logits, Tensor boxes) {}

    /** What to predict; {@code boxCoords == 0} means (cx, cy, w, h). */
    public record Tasks(int numClasses, int boxCoords, Optional<Double> headDropout) {
        public Tasks {
            boxCoords = boxCoords == 0 ? 4 : boxCoords;
        }

        public Tasks(int numClasses) {
            this(numClasses, 0, Optional.of(0.5));
        }
    }

    private final Sequential backbone = new Sequential();
    private final AdaptiveAvgPool2d pool = new AdaptiveAvgPool2d(1);
    private final Sequential classHead;
    private final Sequential boxHead;
    private final Function<Tensor, Tensor> embed;

    public MultiTaskNet() {
        this(new Tasks(20));
    }

    public MultiTaskNet(Tasks tasks) {
        int in = 3;
        for (int width : List.of(32, 64, 128, 256)) {
            backbone.add(new Conv2d(in, width, 3).padding(1)).add(new BatchNorm2d(width)).add(new ReLU(true));
            backbone.add(new MaxPool2d(2));
            in = width;
        }
        int width = widthOf(backbone);
        Module drop = tasks.headDropout().map(p -> (Module) new Dropout(p)).orElseGet(Identity::new);
        classHead = new Sequential(fc(width, 0.0), drop, fc(width, tasks.numClasses()));
        boxHead = new Sequential(fc(width, 0.0), fc(width, tasks.boxCoords()));
        Tensor mean = registerBuffer("mean", Tensors.zeros(1, 3, 1, 1));
        Tensor std = registerBuffer("std", Tensors.ones(1, 3, 1, 1));
        Function<Tensor, Tensor> features = backbone::forward;
        embed = features.andThen(pool::forward).andThen(t -> t.flatten(1)).compose(x -> x.sub(mean).div(std));
    }

    /** A plain linear layer. */
    static Linear fc(int in, int out) {
        return new Linear(in, out);
    }

    /** A hidden layer of the same width, ReLU after. */
    static Sequential fc(int features, double negativeSlope) {
        return new Sequential(new Linear(features, features), negativeSlope > 0 ? new LeakyReLU(negativeSlope) : new ReLU());
    }

    /** The channels or features coming out of a stack: its last conv or linear layer's. */
    static int widthOf(Sequential stack) {
        for (int i = stack.size() - 1; i >= 0; i--) {
            Module m = stack.get(i);
            if (m instanceof Conv2d conv) {
                return (int) conv.outChannels();
            }
            if (m instanceof Linear) {
                return (int) ((Linear) m).outFeatures();
            }
        }
        throw new IllegalArgumentException("no conv or linear layer in " + stack);
    }

    public Outputs forward(@Dims("N, 3, 128, 128") Tensor images) {
        Tensor h = embed.apply(images);
        return new Outputs(classHead.forward(h), boxHead.forward(h).sigmoid());
    }
}
