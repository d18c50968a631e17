import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/**
 * A final field with a constant initializer is a constant variable (JLS 4.12.4): javac inlines it,
 * so the override the superclass constructor calls already sees 6 (InitOrder's non-constant field
 * is still 0 there).
 */
public class ConstantVariable extends Module {
    private final Impl s0 = new Impl(27);

    public Tensor forward(@Dims("N, 27") Tensor x) {
        return s0.forward(x);
    }

    abstract static class Base extends Module {
        protected final Linear proj;

        Base(int in) {
            proj = new Linear(in, width(in));
        }

        protected abstract int width(int in);

        public Tensor forward(Tensor x) {
            return proj.forward(x);
        }
    }

    static class Impl extends Base {
        private final int extra = 6;

        Impl(int in) {
            super(in);
        }

        @Override
        protected int width(int in) {
            return in + extra;
        }
    }
}
