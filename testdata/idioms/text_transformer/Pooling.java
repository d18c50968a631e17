import dev.shapesense.tensor.*;

/** How a sequence of hidden states [N, L, D] becomes one vector per example. */
public enum Pooling {
    CLS,
    MEAN,
    MAX;

    public Tensor pool(Tensor hidden) {
        return switch (this) {
            case CLS -> hidden.select(1, 0);
            case MEAN -> hidden.mean(1);
            case MAX -> hidden.amax(1);
        };
    }

    public boolean needsClassToken() {
        return this == CLS;
    }
}
