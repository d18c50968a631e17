import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A small Vision Transformer (Dosovitskiy et al. 2020; torchvision's vit_b_16 layout: conv patch
 * embedding, class token, learned position embedding, pre-norm encoder blocks, head on the class
 * token), configured by a record.
 */
public class VisionTransformer extends Module {
    /** Hyper-parameters; {@code mlpDim <= 0} means the usual 4 * dim. */
    public record Config(int imageSize, int patchSize, int dim, int depth, int heads, int mlpDim, int numClasses, double dropout) {
        public Config {
            if (mlpDim <= 0) {
                mlpDim = 4 * dim;
            }
            if (imageSize % patchSize != 0) {
                throw new IllegalArgumentException("image size " + imageSize + " is not a multiple of the patch size " + patchSize);
            }
        }

        public Config(int imageSize, int patchSize, int dim, int depth, int heads, int numClasses) {
            this(imageSize, patchSize, dim, depth, heads, 0, numClasses, 0.1);
        }

        /** ViT-Ti/4 for 32x32 images (CIFAR-10). */
        public static Config tiny() {
            return new Config(32, 4, 192, 6, 3, 10);
        }

        int gridSize() {
            return imageSize / patchSize;
        }

        int numTokens() {
            return gridSize() * gridSize() + 1;
        }
    }

    /** One pre-norm encoder block; an inner class, it reads the model's width and config. */
    class Block extends Module {
        private final LayerNorm norm1 = new LayerNorm(dim);
        private final MultiheadAttention attn = new MultiheadAttention(dim, cfg.heads()).dropout(cfg.dropout()).batchFirst(true);
        private final LayerNorm norm2 = new LayerNorm(dim);
        private final Sequential mlp = new Sequential(
                new Linear(dim, cfg.mlpDim()), new GELU(), new Dropout(cfg.dropout()),
                new Linear(cfg.mlpDim(), dim), new Dropout(cfg.dropout()));

        public Tensor forward(Tensor x) {
            Tensor h = norm1.forward(x);
            x = x.add(attn.forward(h, h, h, null, false).output());
            return x.add(mlp.forward(norm2.forward(x)));
        }
    }

    private final Config cfg;
    private final int dim;
    private final Conv2d patchEmbed;
    private final Parameter classToken;
    private final Parameter posEmbedding;
    private final Dropout dropout;
    private final ModuleList blocks;
    private final LayerNorm norm;
    private final Linear head;

    public VisionTransformer() {
        this(Config.tiny());
    }

    public VisionTransformer(Config cfg) {
        this.cfg = cfg;
        this.dim = cfg.dim();
        patchEmbed = new Conv2d(3, dim, cfg.patchSize()).stride(cfg.patchSize());
        classToken = new Parameter(Tensors.zeros(1, 1, dim));
        posEmbedding = new Parameter(Tensors.randn(1, cfg.numTokens(), dim));
        dropout = new Dropout(cfg.dropout());
        blocks = new ModuleList(IntStream.range(0, cfg.depth()).mapToObj(i -> new Block()).toList());
        norm = new LayerNorm(dim).eps(1e-6);
        head = new Linear(dim, cfg.numClasses());
    }

    public Tensor forward(@Dims("N, 3, 32, 32") Tensor x) {
        Tensor tokens = patchEmbed.forward(x).flatten(2).transpose(1, 2);
        Tensor cls = classToken.expand(x.size(0), -1, -1);
        x = Tensors.cat(List.of(cls, tokens), 1).add(posEmbedding);
        x = dropout.forward(x);
        for (Module block : blocks) {
            x = block.call(x);
        }
        return head.forward(norm.forward(x).select(1, 0));
    }
}
