import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** The base constructor calls an abstract method the subclass overrides: the JVM gives Linear(4, 5), [N, 5]. */
public class TemplateHook extends Module {
    abstract static class Base extends Module {
        final Linear proj;
        Base(int in) {
            proj = new Linear(in, width(in));
        }
        abstract int width(int in);
        public Tensor forward(Tensor x) {
            return proj.forward(x);
        }
    }

    static final class Impl extends Base {
        Impl(int in) {
            super(in);
        }
        @Override
        int width(int in) {
            return in + 1;
        }
    }

    private final Impl block = new Impl(4);

    public Tensor forward(@Dims("N, 4") Tensor x) {
        return block.forward(x);
    }
}
