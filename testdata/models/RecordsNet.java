import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/**
 * Records as configuration, as Java runs them: a compact constructor that changes a component, a
 * constructor delegating with this(...), a static factory, accessors (implicit and declared), and
 * a record implementing an interface.
 */
public class RecordsNet extends Module {
    interface Sized {
        int width();
    }

    record BlockConfig(int dim, int hidden) implements Sized {
        BlockConfig {
            if (hidden == 0) {
                hidden = 4 * dim;
            }
        }

        BlockConfig(int dim) {
            this(dim, 0);
        }

        static BlockConfig small() {
            return new BlockConfig(6, 10);
        }

        public int width() {
            return dim + hidden;
        }
    }

    record HeadConfig(int classes, boolean doubled) {
        public int classes() {
            return doubled ? 2 * classes : classes;
        }
    }

    private final Linear up;
    private final Linear down;
    private final Linear side;
    private final Linear head;

    public RecordsNet() {
        BlockConfig c = new BlockConfig(8);
        up = new Linear(c.dim(), c.hidden());
        down = new Linear(c.hidden(), c.dim());
        Sized s = BlockConfig.small();
        side = new Linear(c.dim(), s.width());
        HeadConfig h = new HeadConfig(3, true);
        head = new Linear(s.width(), h.classes());
    }

    public Tensor forward(@Dims("N, 8") Tensor x) {
        Tensor a = up.forward(x);
               //  ^ [N, 32]
        Tensor b = down.forward(a);
               //  ^ [N, 8]
        Tensor c = side.forward(b);
               //  ^ [N, 16]
        return head.forward(c);
           //  ^ [N, 6]
    }
}
