import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/**
 * Overload resolution by argument types, as javac does it (JLS 15.12.2), whatever the order of
 * declaration: exact and widening before boxing, boxing before varargs, then the most specific
 * method; for user methods and user constructors alike. A call whose choice depends on a value the
 * analysis cannot know gives no hint.
 */
public class OverloadsNet extends Module {
    static class Adapter extends Module {
        private final Linear fc;

        Adapter(int in, double ratio) {
            fc = new Linear(in, (int) (in * ratio));
        }

        Adapter(int in, int out) {
            fc = new Linear(in, out);
        }

        public Tensor forward(Tensor x) {
            return fc.forward(x);
        }
    }

    static class Gated extends Adapter {
        Gated(int width) {
            super(width, width);
        }
    }

    static Linear fc(int in, double scale) {
        return new Linear(in, (int) (in * scale));
    }

    static Linear fc(int in, int out) {
        return new Linear(in, out);
    }

    static int size(Integer boxed) {
        return 100;
    }

    static int size(long widened) {
        return (int) widened + 1;
    }

    static int pick(int... many) {
        return 50;
    }

    static int pick(Integer a, Integer b) {
        return a + b;
    }

    static int of(Object o) {
        return 60;
    }

    static int of(Module m) {
        return 70;
    }

    static int of(Adapter a) {
        return 3;
    }

    static int width(int k) {
        return 16;
    }

    static int width(String name) {
        return 32;
    }

    private final Linear l1 = fc(8, 4);
    private final Linear l2 = fc(4, 1.5);
    private final Adapter a1 = new Adapter(6, 10);
    private final Adapter a2 = new Adapter(10, 0.5);
    private final Linear l3 = new Linear(5, size(7) + pick(1, 2) + of(new Gated(2)));
    // An argument the analysis cannot know, on which the choice depends: no hint, never a guess.
    private final Linear side = new Linear(8, width(System.getenv("WIDTH")));

    public Tensor forward(@Dims("N, 8") Tensor x) {
        Tensor unknown = side.forward(x);
        Tensor h = l1.forward(x);
               //  ^ [N, 4]
        h = l2.forward(h);
        //  ^ [N, 6]
        h = a1.forward(h);
        //  ^ [N, 10]
        h = a2.forward(h);
        //  ^ [N, 5]
        return l3.forward(h);
           //  ^ [N, 14]
    }
}
