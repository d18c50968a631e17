import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

public class RMSNorm extends Module {
    private final double eps;
    private final Parameter weight;

    public RMSNorm(int dim, double eps) {
        this.eps = eps;
        this.weight = new Parameter(Tensors.ones(dim));
    }

    private Tensor _norm(Tensor x) {
        return x.mul(x.pow(2).mean(-1, true).add(eps).rsqrt());
    }

    public Tensor forward(Tensor x) {
        Tensor output = _norm(x.to(DType.FLOAT32)).to(x.dtype());
        return output.mul(weight);
    }
}
