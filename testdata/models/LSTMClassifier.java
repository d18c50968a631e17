import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

public class LSTMClassifier extends Module {
    private final Embedding embedding = new Embedding(10000, 128);
    private final LSTM lstm = new LSTM(128, 128).numLayers(2).batchFirst(true).bidirectional(true);
    private final Linear fc = new Linear(2 * 128, 5);

    public Tensor forward(@Dims(value = "N, L", dtype = DType.INT64) Tensor tokens) {
        Tensor x = embedding.forward(tokens);
      //           ^ [N, L, 128]
        LSTM.Output out = lstm.forward(x);
      //                  ^ ([N, L, 256], ([4, N, 128], [4, N, 128]))
        Tensor last = out.output().select(1, -1);
      //              ^ [N, 256]
        return fc.forward(last);
      //       ^ [N, 5]
    }
}
