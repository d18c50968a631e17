import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A BERT-style transformer encoder classifier (token + learned position embeddings, post-norm
 * nn.TransformerEncoder, pooled head), configured by a record.
 */
public class TextClassifier extends Module {
    public record Config(int vocabSize, int maxLen, int dModel, int heads, int layers, int ffDim,
                         int numClasses, Pooling pooling, Optional<Integer> paddingIdx) {
        public Config {
            ffDim = ffDim > 0 ? ffDim : 4 * dModel;
            pooling = pooling == null ? Pooling.MEAN : pooling;
            paddingIdx = paddingIdx == null ? Optional.empty() : paddingIdx;
            if (maxLen <= 0) {
                throw new IllegalArgumentException("maxLen must be positive");
            }
        }

        public static Config base(int vocabSize, int numClasses) {
            return new Config(vocabSize, 512, 128, 4, 2, 0, numClasses, Pooling.MEAN, Optional.of(0));
        }

        public Config withPooling(Pooling pooling) {
            return new Config(vocabSize, maxLen, dModel, heads, layers, ffDim, numClasses, pooling, paddingIdx);
        }
    }

    private final Embedding tokenEmbedding;
    private final Embedding positionEmbedding;
    private final Parameter classToken;
    private final Dropout dropout = new Dropout(0.1);
    private final TransformerEncoder encoder;
    private final LayerNorm norm;
    private final Linear head;
    private final Function<Tensor, Tensor> readout;
    private final Optional<Integer> paddingIdx;

    public TextClassifier() {
        this(Config.base(30522, 4));
    }

    protected TextClassifier(Config cfg) {
        paddingIdx = cfg.paddingIdx();
        tokenEmbedding = new Embedding(cfg.vocabSize(), cfg.dModel(), cfg.paddingIdx().orElse(null));
        positionEmbedding = new Embedding(cfg.maxLen(), cfg.dModel());
        classToken = cfg.pooling().needsClassToken() ? new Parameter(Tensors.zeros(1, 1, cfg.dModel())) : null;
        var layer = new TransformerEncoderLayer(cfg.dModel(), cfg.heads(), cfg.ffDim(), 0.1).batchFirst(true);
        encoder = new TransformerEncoder(layer, cfg.layers());
        norm = new LayerNorm(cfg.dModel());
        head = new Linear(cfg.dModel(), cfg.numClasses());
        Function<Tensor, Tensor> pool = cfg.pooling()::pool;
        readout = pool.andThen(norm::forward).andThen(head::forward);
    }

    public Tensor forward(@Dims(value = "N, L", dtype = DType.INT64) Tensor tokens) {
        Tensor h = tokenEmbedding.forward(tokens);
        Tensor padMask = classToken == null ? paddingIdx.map(p -> tokens.eq((long) p)).orElse(null) : null;
        if (classToken != null) {
            h = Tensors.cat(List.of(classToken.expand(h.size(0), -1, -1), h), 1);
        }
        h = h.add(positionEmbedding.forward(Tensors.arange(h.size(1))));
        h = encoder.forward(dropout.forward(h), null, padMask);
        return readout.apply(h);
    }
}
