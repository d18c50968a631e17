import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** nets.LSTMTextClassifier: token ids (N, T) to logits from the last step of a BiLSTM. */
public class LSTMTextClassifier extends Module {
    private final Embedding embedding;
    private final LSTM lstm;
    private final Dropout dropout = new Dropout(0.3);
    private final Linear fc;

    public LSTMTextClassifier() {
        this(5000, 100, 128, 2, 4);
    }

    public LSTMTextClassifier(int vocab, int embed, int hidden, int layers, int classes) {
        embedding = new Embedding(vocab, embed).paddingIdx(0);
        lstm = new LSTM(embed, hidden).numLayers(layers).batchFirst(true).bidirectional(true).dropout(0.2);
        fc = new Linear(2 * hidden, classes);
    }

    public Tensor forward(@Dims(value = "N, T", dtype = DType.INT64) Tensor tokens) {
        Tensor x = embedding.forward(tokens);
        LSTM.Output out = lstm.forward(x);
        x = out.output().select(1, -1);
        return fc.forward(dropout.forward(x));
    }
}
