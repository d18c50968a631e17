import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Bahdanau-style encoder-decoder (bentrevett/pytorch-seq2seq, notebook 3): a bidirectional GRU
 * encoder, a GRUCell decoder that attends over the encoder outputs at every step.
 */
public class Seq2Seq extends Module {
    public record Output(Tensor logits, Tensor attention) {
    }

    public record Sizes(int srcVocab, int tgtVocab, int emb, int hid, ScoreKind score) {
        public Sizes {
            score = Optional.ofNullable(score).orElse(ScoreKind.CONCAT);
        }

        public int encWidth() {
            return 2 * hid;
        }
    }

    /** One decoder step's result; generic in its hidden state. */
    record Step<H>(H hidden, Tensor logits, Tensor weights) {
    }

    static class Encoder extends Module {
        private final Embedding embedding;
        private final GRU rnn;
        private final Linear fc;
        private final Dropout dropout = new Dropout(0.1);

        Encoder(Sizes s) {
            embedding = new Embedding(s.srcVocab(), s.emb());
            rnn = new GRU(s.emb(), s.hid()).bidirectional(true).batchFirst(true);
            fc = new Linear(s.encWidth(), s.hid());
        }

        /** Returns the encoder outputs and the decoder's first hidden state. */
        List<Tensor> encode(Tensor src) {
            GRU.Output out = rnn.forward(dropout.forward(embedding.forward(src)));
            Tensor hN = out.hN();
            Tensor last = Tensors.cat(List.of(hN.select(0, -2), hN.select(0, -1)), 1);
            return List.of(out.output(), Tensors.tanh(fc.forward(last)));
        }
    }

    class Decoder extends Module {
        private final Embedding embedding = new Embedding(sizes.tgtVocab(), sizes.emb());
        private final Module scorer = sizes.score().create(sizes.hid(), sizes.encWidth());
        private final GRUCell cell = new GRUCell(sizes.emb() + sizes.encWidth(), sizes.hid());
        private final Linear fcOut = new Linear(sizes.hid() + sizes.encWidth() + sizes.emb(), sizes.tgtVocab());

        Step<Tensor> step(Tensor token, Tensor hidden, Tensor encoderOutputs) {
            Tensor embedded = embedding.forward(token);
            Scorer s = (Scorer) scorer;
            Tensor a = s.weights(hidden, encoderOutputs);
            Tensor weighted = Tensors.bmm(a.unsqueeze(1), encoderOutputs).squeeze(1);
            Tensor next = cell.forward(Tensors.cat(List.of(embedded, weighted), 1), hidden);
            Tensor logits = fcOut.forward(Tensors.cat(List.of(next, weighted, embedded), 1));
            return new Step<>(next, logits, a);
        }
    }

    private final Sizes sizes;
    private final Encoder encoder;
    private final Decoder decoder;

    public Seq2Seq() {
        this(new Sizes(120, 90, 32, 48, null));
    }

    public Seq2Seq(Sizes sizes) {
        this.sizes = sizes;
        this.encoder = new Encoder(sizes);
        this.decoder = new Decoder();
    }

    public Output forward(@Dims(value = "N, S", dtype = DType.INT64) Tensor src,
                          @Dims(value = "N, 6", dtype = DType.INT64) Tensor tgt) {
        List<Tensor> enc = encoder.encode(src);
        Tensor encoderOutputs = enc.get(0);
        Tensor hidden = enc.get(1);
        List<Tensor> logits = new ArrayList<>();
        List<Tensor> weights = new ArrayList<>();
        for (int t = 0; t < tgt.size(1); t++) {
            Step<Tensor> step = decoder.step(tgt.select(1, t), hidden, encoderOutputs);
            hidden = step.hidden();
            logits.add(step.logits());
            weights.add(step.weights());
        }
        return new Output(Tensors.stack(logits, 1), Tensors.stack(weights, 1));
    }
}
