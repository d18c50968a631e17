import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

public class PreNormResidual extends Module {
    private final Module fn;
    private final LayerNorm norm;

    public PreNormResidual(int dim, Module fn) {
        this.fn = fn;
        norm = new LayerNorm(dim);
    }

    public Tensor forward(Tensor x) {
        return fn.call(norm.forward(x)).add(x);
    }
}
