import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** A hook called from the base constructor reads a subclass field not yet initialised (0): the JVM gives Linear(4, 4), [N, 4]. */
public class InitOrder extends Module {
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
        private final int extra = Integer.parseInt("3");
        Impl(int in) {
            super(in);
        }
        @Override
        int width(int in) {
            return in + extra; // extra is still 0 while Base runs
        }
    }

    private final Impl block = new Impl(4);

    public Tensor forward(@Dims("N, 4") Tensor x) {
        return block.forward(x);
    }
}
