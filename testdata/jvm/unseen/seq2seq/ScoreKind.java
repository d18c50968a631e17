import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** Luong's and Bahdanau's score functions. */
public enum ScoreKind {
    DOT(false),
    GENERAL(true),
    CONCAT(true);

    private final boolean parametric;

    ScoreKind(boolean parametric) {
        this.parametric = parametric;
    }

    public boolean parametric() {
        return parametric;
    }

    /** A scorer module for decoder width {@code hid} and encoder width {@code enc}. */
    public Module create(int hid, int enc) {
        return switch (this) {
            case DOT -> new DotScorer();
            case GENERAL -> new GeneralScorer(hid, enc);
            case CONCAT -> new ConcatScorer(hid, enc);
        };
    }

    static class DotScorer extends Module implements Scorer {
        @Override
        public Tensor score(Tensor query, Tensor keys) {
            return Tensors.bmm(keys, query.unsqueeze(2)).squeeze(2);
        }
    }

    static class GeneralScorer extends Module implements Scorer {
        private final Linear w;

        GeneralScorer(int hid, int enc) {
            w = new Linear(hid, enc).bias(false);
        }

        @Override
        public Tensor score(Tensor query, Tensor keys) {
            return keys.bmm(w.forward(query).unsqueeze(2)).squeeze(2);
        }
    }

    static class ConcatScorer extends Module implements Scorer {
        private final Linear attn;
        private final Linear v;

        ConcatScorer(int hid, int enc) {
            attn = new Linear(hid + enc, hid);
            v = new Linear(hid, 1).bias(false);
        }

        @Override
        public Tensor score(Tensor query, Tensor keys) {
            long srcLen = keys.size(1);
            Tensor repeated = query.unsqueeze(1).repeat(1, srcLen, 1);
            Tensor energy = Tensors.tanh(attn.forward(Tensors.cat(java.util.List.of(repeated, keys), 2)));
            return v.forward(energy).squeeze(2);
        }
    }
}
