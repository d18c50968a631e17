import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.Optional;

/**
 * A recurrent sequence tagger (the BiLSTM part of Lample et al. 2016 / Huang et al. 2015, without
 * the CRF): word embeddings, a (bi)directional LSTM or GRU, per-token tag scores. Built fluently.
 */
public class SequenceTagger extends Module {
    public enum CellType {
        LSTM,
        GRU;

        RNNBase<?> create(int inputSize, int hiddenSize, int numLayers, boolean bidirectional) {
            return switch (this) {
                case LSTM -> new dev.shapesense.nn.LSTM(inputSize, hiddenSize).numLayers(numLayers).bidirectional(bidirectional).batchFirst(true);
                case GRU -> new dev.shapesense.nn.GRU(inputSize, hiddenSize).numLayers(numLayers).bidirectional(bidirectional).batchFirst(true);
            };
        }
    }

    public static class Builder {
        private int vocabSize = 20000;
        private int embeddingDim = 100;
        private int hiddenSize = 128;
        private int numLayers = 1;
        private int numTags = 9;
        private CellType cell = CellType.LSTM;
        private boolean bidirectional;
        private Optional<Integer> paddingIdx = Optional.empty();
        private double dropout = 0.5;

        public Builder vocabSize(int vocabSize) {
            this.vocabSize = vocabSize;
            return this;
        }

        public Builder embeddingDim(int embeddingDim) {
            this.embeddingDim = embeddingDim;
            return this;
        }

        public Builder hiddenSize(int hiddenSize) {
            this.hiddenSize = hiddenSize;
            return this;
        }

        public Builder numLayers(int numLayers) {
            this.numLayers = numLayers;
            return this;
        }

        public Builder numTags(int numTags) {
            this.numTags = numTags;
            return this;
        }

        public Builder cell(CellType cell) {
            this.cell = cell;
            return this;
        }

        public Builder bidirectional() {
            this.bidirectional = true;
            return this;
        }

        public Builder paddingIdx(int paddingIdx) {
            this.paddingIdx = Optional.of(paddingIdx);
            return this;
        }

        public Builder dropout(double dropout) {
            this.dropout = dropout;
            return this;
        }

        public SequenceTagger build() {
            return new SequenceTagger(this);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    private final Embedding embedding;
    private final Dropout dropout;
    private final Module rnn;
    private final Linear hidden2tag;

    /** CoNLL-2003 NER: 9 BIO tags, a bidirectional LSTM. */
    public SequenceTagger() {
        this(builder().vocabSize(23625).embeddingDim(100).hiddenSize(256).numTags(9).bidirectional().paddingIdx(0));
    }

    protected SequenceTagger(Builder b) {
        embedding = new Embedding(b.vocabSize, b.embeddingDim);
        b.paddingIdx.ifPresent(embedding::paddingIdx);
        dropout = new Dropout(b.dropout);
        rnn = b.cell.create(b.embeddingDim, b.hiddenSize, b.numLayers, b.bidirectional);
        hidden2tag = new Linear(b.hiddenSize * (b.bidirectional ? 2 : 1), b.numTags);
    }

    public Tensor forward(@Dims(value = "N, L", dtype = DType.INT64) Tensor tokens) {
        Tensor x = dropout.forward(embedding.forward(tokens));
        Tensor h;
        if (rnn instanceof LSTM lstm) {
            h = lstm.forward(x).output();
        } else if (rnn instanceof GRU gru) {
            h = gru.forward(x).output();
        } else {
            throw new IllegalStateException("unsupported recurrent layer " + rnn);
        }
        return F.logSoftmax(hidden2tag.forward(dropout.forward(h)), -1);
    }
}
