import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

public class BuggyLSTM extends Module {
    private final Embedding embedding = new Embedding(10000, 128);
    private final LSTM lstm = new LSTM(100, 256).batchFirst(true);
  //                                   ^^^ fix: 128
    private final Linear fc = new Linear(256, 5);

    public Tensor forward(@Dims(value = "N, L", dtype = DType.INT64) Tensor tokens) {
        Tensor x = embedding.forward(tokens);
      //           ^ [N, L, 128]
        LSTM.Output out = lstm.forward(x);
      //                  ^ ([N, L, 256], ([1, N, 256], [1, N, 256]))
      //                  ^^^^^^^^^^^^^^^ error shape/rnn-input-size: input.size(-1) must be equal to input_size. Expected 100, got 128
        Tensor last = out.output().select(1, -1);
      //              ^ [N, 256]
        return fc.forward(last);
      //       ^ [N, 5]
    }
}
