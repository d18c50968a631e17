import dev.shapesense.tensor.*;

/** An attention scorer: scores [N, S] for a decoder state [N, H] against encoder outputs [N, S, E]. */
public interface Scorer {
    Tensor score(Tensor query, Tensor keys);

    default Tensor weights(Tensor query, Tensor keys) {
        return score(query, keys).softmax(1);
    }

    default Tensor context(Tensor query, Tensor keys) {
        return Tensors.bmm(weights(query, keys).unsqueeze(1), keys).squeeze(1);
    }
}
