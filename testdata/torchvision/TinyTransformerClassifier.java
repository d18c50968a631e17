import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** nets.TinyTransformerClassifier: token ids (N, T) through a pre-norm TransformerEncoder. */
public class TinyTransformerClassifier extends Module {
    private final Embedding embed;
    private final Parameter pos;
    private final TransformerEncoder encoder;
    private final Linear head;

    public TinyTransformerClassifier() {
        this(1000, 64, 4, 3, 5, 128);
    }

    public TinyTransformerClassifier(int vocab, int dModel, int nhead, int layers, int classes, int maxLen) {
        embed = new Embedding(vocab, dModel);
        pos = new Parameter(Tensors.zeros(1, maxLen, dModel));
        TransformerEncoderLayer layer = new TransformerEncoderLayer(dModel, nhead)
                .dimFeedforward(4 * dModel)
                .batchFirst(true)
                .normFirst(true);
        encoder = new TransformerEncoder(layer, layers).norm(new LayerNorm(dModel)).enableNestedTensor(false);
        head = new Linear(dModel, classes);
    }

    public Tensor forward(@Dims(value = "N, T", dtype = DType.INT64) Tensor tokens) {
        Tensor x = embed.forward(tokens).add(pos.slice(1, 0, tokens.size(1)));
        x = encoder.forward(x);
        return head.forward(x.mean(1));
    }
}
