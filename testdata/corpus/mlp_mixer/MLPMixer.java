import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * lucidrains/mlp-mixer-pytorch mlp_mixer_pytorch.py's MLPMixer: an nn.Sequential of the patch
 * rearrangement, a patch projection, depth x (token-mixing FeedForward by Conv1d(kernel_size=1) over
 * the patch axis, channel-mixing FeedForward by Linear), LayerNorm, mean over patches, classifier.
 * 32x32 images, patch 4 (64 patches), dim 48, depth 2, 10 classes.
 */
public class MLPMixer extends Sequential {
    public MLPMixer() {
        this(32, 3, 4, 48, 2, 10, 4, 0.5, 0.0);
    }

    public MLPMixer(int imageSize, int channels, int patchSize, int dim, int depth, int numClasses,
            double expansionFactor, double expansionFactorToken, double dropout) {
        super(layers(imageSize, channels, patchSize, dim, depth, numClasses, expansionFactor, expansionFactorToken, dropout));
    }

    static Sequential FeedForward(int dim, double expansionFactor, double dropout, BiFunction<Integer, Integer, Module> dense) {
        int innerDim = (int) (dim * expansionFactor);
        return new Sequential(
                dense.apply(dim, innerDim),
                new GELU(),
                new Dropout(dropout),
                dense.apply(innerDim, dim),
                new Dropout(dropout));
    }

    private static Module[] layers(int imageSize, int channels, int patchSize, int dim, int depth, int numClasses,
            double expansionFactor, double expansionFactorToken, double dropout) {
        int imageH = imageSize;
        int imageW = imageSize;
        if (imageH % patchSize != 0 || imageW % patchSize != 0) {
            throw new IllegalArgumentException("image must be divisible by patch size");
        }
        int numPatches = (imageH / patchSize) * (imageW / patchSize);
        BiFunction<Integer, Integer, Module> chanFirst = (in, out) -> new Conv1d(in, out, 1);
        BiFunction<Integer, Integer, Module> chanLast = (in, out) -> new Linear(in, out);

        List<Module> layers = new ArrayList<>();
        layers.add(new Rearrange(patchSize, patchSize));
        layers.add(new Linear((patchSize * patchSize) * channels, dim));
        for (int i = 0; i < depth; i++) {
            layers.add(new Sequential(
                    new PreNormResidual(dim, FeedForward(numPatches, expansionFactor, dropout, chanFirst)),
                    new PreNormResidual(dim, FeedForward(dim, expansionFactorToken, dropout, chanLast))));
        }
        layers.add(new LayerNorm(dim));
        layers.add(new Reduce());
        layers.add(new Linear(dim, numClasses));
        return layers.toArray(new Module[0]);
    }

    public Tensor forward(@Dims("N, 3, 32, 32") Tensor x) {
        return super.forward(x);
    }
}
