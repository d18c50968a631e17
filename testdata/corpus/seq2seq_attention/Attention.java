import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.List;

public class Attention extends Module {
    private final Linear attn;
    private final Linear v;

    public Attention(int encHidDim, int decHidDim) {
        attn = new Linear((encHidDim * 2) + decHidDim, decHidDim);
        v = new Linear(decHidDim, 1).bias(false);
    }

    public Tensor forward(Tensor hidden, Tensor encoderOutputs) {
        // hidden = [batch size, dec hid dim]
        // encoder_outputs = [src len, batch size, enc hid dim * 2]
        long batchSize = encoderOutputs.size(1);
        long srcLen = encoderOutputs.size(0);

        // repeat decoder hidden state src_len times
        hidden = hidden.unsqueeze(1).repeat(1, srcLen, 1);
        encoderOutputs = encoderOutputs.permute(1, 0, 2);
        // hidden = [batch size, src len, dec hid dim]
        // encoder_outputs = [batch size, src len, enc hid dim * 2]

        Tensor energy = Tensors.tanh(attn.forward(Tensors.cat(List.of(hidden, encoderOutputs), 2)));
        // energy = [batch size, src len, dec hid dim]

        Tensor attention = v.forward(energy).squeeze(2);
        // attention= [batch size, src len]
        return F.softmax(attention, 1);
    }
}
