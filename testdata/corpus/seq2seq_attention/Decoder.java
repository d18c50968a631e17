import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.List;

public class Decoder extends Module {
    public record Output(Tensor prediction, Tensor hidden) {}

    final int output_dim;
    private final Attention attention;
    private final Embedding embedding;
    private final GRU rnn;
    private final Linear fc_out;
    private final Dropout dropout;

    public Decoder(int outputDim, int embDim, int encHidDim, int decHidDim, double dropout, Attention attention) {
        output_dim = outputDim;
        this.attention = attention;
        embedding = new Embedding(outputDim, embDim);
        rnn = new GRU((encHidDim * 2) + embDim, decHidDim);
        fc_out = new Linear((encHidDim * 2) + decHidDim + embDim, outputDim);
        this.dropout = new Dropout(dropout);
    }

    public Output forward(Tensor input, Tensor hidden, Tensor encoderOutputs) {
        // input = [batch size], hidden = [batch size, dec hid dim]
        // encoder_outputs = [src len, batch size, enc hid dim * 2]
        input = input.unsqueeze(0);
        // input = [1, batch size]
        Tensor embedded = dropout.forward(embedding.forward(input));
        // embedded = [1, batch size, emb dim]
        Tensor a = attention.call(hidden, encoderOutputs);
        // a = [batch size, src len]
        a = a.unsqueeze(1);
        // a = [batch size, 1, src len]
        encoderOutputs = encoderOutputs.permute(1, 0, 2);
        // encoder_outputs = [batch size, src len, enc hid dim * 2]
        Tensor weighted = Tensors.bmm(a, encoderOutputs);
        // weighted = [batch size, 1, enc hid dim * 2]
        weighted = weighted.permute(1, 0, 2);
        // weighted = [1, batch size, enc hid dim * 2]
        Tensor rnnInput = Tensors.cat(List.of(embedded, weighted), 2);
        // rnn_input = [1, batch size, (enc hid dim * 2) + emb dim]
        GRU.Output rnnOut = rnn.forward(rnnInput, hidden.unsqueeze(0));
        Tensor output = rnnOut.output();
        hidden = rnnOut.hN();
        // output = [1, batch size, dec hid dim], hidden = [1, batch size, dec hid dim]: this also means that output == hidden

        embedded = embedded.squeeze(0);
        output = output.squeeze(0);
        weighted = weighted.squeeze(0);

        Tensor prediction = fc_out.forward(Tensors.cat(List.of(output, weighted, embedded), 1));
        // prediction = [batch size, output dim]
        return new Output(prediction, hidden.squeeze(0));
    }
}
