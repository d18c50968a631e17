import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** Sizes shared by several models, set up by a static initializer. */
class SharedWidths {
    static final int HIDDEN;
    static int calls;

    static {
        HIDDEN = 3 * 8;
    }

    static int scaled(int k) {
        calls++;
        return k * HIDDEN;
    }
}

/**
 * Initialization order: static initializer blocks and static field initializers run in textual
 * order (JLS 12.4.2); instance initializer blocks and instance field initializers run in textual
 * order after super(...) and before the constructor body (JLS 12.5). Static members of other
 * classes (SharedWidths here, IdiomsNet in its own file) are used through their names.
 */
public class StaticInitNet extends Module {
    static int base = 4;
    static final int WIDE;

    static {
        base = base * 2;
    }

    static final int NARROW = base + 2;

    static {
        WIDE = NARROW * 3;
    }

    private int depth = 2;

    {
        depth = depth * 3;
    }

    private final Linear fc1 = new Linear(8, depth * 4);
    private final Linear fc2;
    private final Linear fc3;

    public StaticInitNet() {
        super();
        depth = depth + 1;
        fc2 = new Linear(24, WIDE + depth);
        fc3 = new Linear(37, SharedWidths.scaled(2) + IdiomsNet.WIDTH / 8);
    }

    public Tensor forward(@Dims("N, 8") Tensor x) {
        Tensor h = fc1.forward(x);
               //  ^ [N, 24]
        h = fc2.forward(h);
        //  ^ [N, 37]
        return fc3.forward(h);
           //  ^ [N, 52]
    }
}
