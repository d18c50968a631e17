import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * MLP-Mixer (Tolstikhin et al. 2021), Mixer-S/4 sized for 32x32 images: per-patch embedding, then
 * blocks that mix across tokens and across channels with plain MLPs.
 */
public class MlpMixer extends Module {
    /** Linear layers through the given sizes, GELU between them: {@code new Mlp(64, 256, 64)}. */
    public static class Mlp extends Module {
        private final Sequential layers = new Sequential();

        public Mlp(int... sizes) {
            for (int i = 0; i + 1 < sizes.length; i++) {
                if (i > 0) {
                    layers.add(new GELU());
                }
                layers.add(new Linear(sizes[i], sizes[i + 1]));
            }
        }

        public Tensor forward(Tensor x) {
            return layers.forward(x);
        }
    }

    static class MixerBlock extends Module {
        private final LayerNorm norm1;
        private final Mlp tokenMlp;
        private final LayerNorm norm2;
        private final Mlp channelMlp;
        private final Function<Tensor, Tensor> tokenMixing;
        private final Function<Tensor, Tensor> channelMixing;

        MixerBlock(int numPatches, int dim, int tokenHidden, int channelHidden) {
            norm1 = new LayerNorm(dim).eps(1e-6);
            tokenMlp = new Mlp(numPatches, tokenHidden, numPatches);
            norm2 = new LayerNorm(dim).eps(1e-6);
            channelMlp = new Mlp(dim, channelHidden, dim);
            Function<Tensor, Tensor> toTokens = t -> t.transpose(1, 2);
            tokenMixing = toTokens.compose(norm1::forward).andThen(tokenMlp::forward).andThen(toTokens);
            channelMixing = ((Function<Tensor, Tensor>) norm2::forward).andThen(channelMlp::forward);
        }

        public Tensor forward(Tensor x) {
            x = x.add(tokenMixing.apply(x));
            return x.add(channelMixing.apply(x));
        }
    }

    private final Conv2d stem;
    private final Sequential blocks;
    private final LayerNorm norm;
    private final Linear head;

    public MlpMixer() {
        this(32, 4, 128, 8, 64, 512, 10);
    }

    public MlpMixer(int imageSize, int patchSize, int dim, int depth, int tokenHidden, int channelHidden, int numClasses) {
        int numPatches = (imageSize / patchSize) * (imageSize / patchSize);
        stem = new Conv2d(3, dim, patchSize).stride(patchSize);
        blocks = new Sequential(IntStream.range(0, depth)
                .mapToObj(i -> new MixerBlock(numPatches, dim, tokenHidden, channelHidden))
                .toArray(Module[]::new));
        norm = new LayerNorm(dim).eps(1e-6);
        head = new Linear(dim, numClasses);
    }

    public Tensor forward(@Dims("N, 3, 32, 32") Tensor x) {
        x = stem.forward(x).flatten(2).transpose(1, 2);
        x = norm.forward(blocks.forward(x));
        return head.forward(x.mean(1));
    }
}
