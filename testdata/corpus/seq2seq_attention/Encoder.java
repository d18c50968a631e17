import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.List;

public class Encoder extends Module {
    public record Output(Tensor outputs, Tensor hidden) {}

    private final Embedding embedding;
    private final GRU rnn;
    private final Linear fc;
    private final Dropout dropout;

    public Encoder(int inputDim, int embDim, int encHidDim, int decHidDim, double dropout) {
        embedding = new Embedding(inputDim, embDim);
        rnn = new GRU(embDim, encHidDim).bidirectional(true);
        fc = new Linear(encHidDim * 2, decHidDim);
        this.dropout = new Dropout(dropout);
    }

    public Output forward(Tensor src) {
        // src = [src len, batch size]
        Tensor embedded = dropout.forward(embedding.forward(src));
        // embedded = [src len, batch size, emb dim]
        GRU.Output rnnOut = rnn.forward(embedded);
        Tensor outputs = rnnOut.output();
        Tensor hidden = rnnOut.hN();
        // outputs = [src len, batch size, enc hid dim * num directions]
        // hidden = [n layers * num directions, batch size, enc hid dim]
        // initial decoder hidden is final hidden state of the forwards and backwards encoder RNNs fed through a linear layer
        hidden = Tensors.tanh(fc.forward(Tensors.cat(List.of(hidden.select(0, -2), hidden.select(0, -1)), 1)));
        // hidden = [batch size, dec hid dim]
        return new Output(outputs, hidden);
    }
}
