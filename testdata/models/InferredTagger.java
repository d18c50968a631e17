import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** Token ids without @Dims: the input is inferred from the embedding as int64 [N, L]. */
public class InferredTagger extends Module {
    private final Embedding embed = new Embedding(1000, 32);
    private final LSTM lstm = new LSTM(32, 64).batchFirst(true);
    private final Linear tags = new Linear(64, 9);

    public Tensor forward(Tensor tokens) {
        Tensor x = embed.forward(tokens);
      //           ^ [N, L, 32]
        LSTM.Output out = lstm.forward(x);
      //                  ^ ([N, L, 64], ([1, N, 64], [1, N, 64]))
        return tags.forward(out.output());
      //       ^ [N, L, 9]
    }
}
