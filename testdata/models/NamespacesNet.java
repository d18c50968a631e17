import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/**
 * Methods and fields live in separate namespaces: builder().batchNorm() calls the method even
 * though a field has its name, and this.hidden is the field while hidden() is the method.
 */
public class NamespacesNet extends Module {
    static final class LayerBuilder {
        private int width = 16;
        private boolean batchNorm;

        LayerBuilder width(int w) {
            this.width = w;
            return this;
        }

        LayerBuilder batchNorm() {
            this.batchNorm = true;
            return this;
        }

        int width() {
            return batchNorm ? width * 2 : width;
        }
    }

    static LayerBuilder builder() {
        return new LayerBuilder();
    }

    private final int hidden = 12;
    private final Linear fc1;
    private final Linear fc2;

    int hidden() {
        return this.hidden + 8;
    }

    public NamespacesNet() {
        LayerBuilder b = builder().width(10).batchNorm();
        fc1 = new Linear(8, b.width());
        fc2 = new Linear(b.width(), this.hidden + hidden());
    }

    public Tensor forward(@Dims("N, 8") Tensor x) {
        Tensor h = fc1.forward(x);
               //  ^ [N, 20]
        return fc2.forward(h);
           //  ^ [N, 32]
    }
}
