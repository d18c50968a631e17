import dev.shapesense.tensor.*;

/** How a point encoder reduces over the points. */
public enum Pooling {
    MAX, MAX_KEEPDIM, AVG;

    public Tensor reduce(Tensor x) {
        return switch (this) {
            case MAX -> x.max(2).values();
            case MAX_KEEPDIM -> x.max(2, true).values().squeeze(-1);
            case AVG -> x.mean(2);
        };
    }
}
