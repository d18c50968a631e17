import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/**
 * bentrevett/pytorch-seq2seq "3 - Neural Machine Translation by Jointly Learning to Align and
 * Translate": bidirectional GRU encoder, additive (Bahdanau) attention, GRU decoder run one step
 * at a time with teacher forcing. Vocabularies 100 / 120, embeddings 32, hidden 64 (the tutorial:
 * 7853 / 5893, 256, 512). The decoder's `assert (output == hidden).all()` (a value check) is left out.
 */
public class Seq2Seq extends Module {
    private final Encoder encoder;
    private final Decoder decoder;
    private final double teacher_forcing_ratio = 0.5;

    public Seq2Seq() {
        this(new Encoder(100, 32, 64, 64, 0.5), new Decoder(120, 32, 64, 64, 0.5, new Attention(64, 64)));
    }

    public Seq2Seq(Encoder encoder, Decoder decoder) {
        this.encoder = encoder;
        this.decoder = decoder;
    }

    public Tensor forward(@Dims(value = "L, N", dtype = DType.INT64) Tensor src, @Dims(value = "T, N", dtype = DType.INT64) Tensor trg) {
        // src = [src len, batch size], trg = [trg len, batch size]
        long batchSize = src.size(1);
        long trgLen = trg.size(0);
        long trgVocabSize = decoder.output_dim;

        // tensor to store decoder outputs
        Tensor outputs = Tensors.zeros(trgLen, batchSize, trgVocabSize);

        // encoder_outputs is all hidden states of the input sequence, back and forwards
        // hidden is the final forward and backward hidden states, passed through a linear layer
        Encoder.Output enc = encoder.forward(src);
        Tensor encoderOutputs = enc.outputs();
        Tensor hidden = enc.hidden();

        // first input to the decoder is the <sos> tokens
        Tensor input = trg.select(0, 0);

        for (long t = 1; t < trgLen; t++) {
            // insert input token embedding, previous hidden state and all encoder hidden states
            Decoder.Output dec = decoder.forward(input, hidden, encoderOutputs);
            Tensor output = dec.prediction();
            hidden = dec.hidden();
            // place predictions in a tensor holding predictions for each token
            outputs.select(0, t).copy_(output);
            // decide if we are going to use teacher forcing or not
            boolean teacherForce = Math.random() < teacher_forcing_ratio;
            // get the highest predicted token from our predictions
            Tensor top1 = output.argmax(1);
            // if teacher forcing, use actual next token as next input, if not, use predicted token
            input = teacherForce ? trg.select(0, t) : top1;
        }
        return outputs;
    }
}
