import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

public class FeedForward extends Module {
    private final Linear w1;
    private final Linear w2;
    private final Linear w3;

    public FeedForward(int dim, int hiddenDim, int multipleOf) {
        hiddenDim = (int) (2 * hiddenDim / 3);
        hiddenDim = multipleOf * ((hiddenDim + multipleOf - 1) / multipleOf);
        w1 = new Linear(dim, hiddenDim).bias(false);
        w2 = new Linear(hiddenDim, dim).bias(false);
        w3 = new Linear(dim, hiddenDim).bias(false);
    }

    public Tensor forward(Tensor x) {
        return w2.forward(F.silu(w1.forward(x)).mul(w3.forward(x)));
    }
}
