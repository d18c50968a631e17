import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.ArrayList;
import java.util.List;

/**
 * An if whose condition the analysis cannot know runs both branches, but the JVM runs one: the
 * list both branches add to (also when both return), the array slot and the fields they set
 * differently are unknown afterwards (not the layers of both branches, not the last branch's
 * field). What the branches agree on, and what they do not touch, keeps its shapes.
 */
public class UnknownBranchNet extends Module {
    private final List<Linear> layers = new ArrayList<>();
    private final Linear stem = new Linear(8, 16);
    private Linear out;
    private long width = 2;
    private final Linear head;
    private final List<Linear> extra = new ArrayList<>();

    public UnknownBranchNet() {
        boolean wide = Boolean.parseBoolean(System.getProperty("wide"));
        long[] sizes = {16, 16};
        if (wide) {
            layers.add(new Linear(16, 64));
            out = new Linear(64, 2);
            sizes[0] = 64;
        } else {
            layers.add(new Linear(16, 32));
            out = new Linear(32, 2);
        }
        if (wide) {
            width = 3;
        } else {
            width = 3;
        }
        head = new Linear(sizes[1], width);
        grow(wide);
    }

    private void grow(boolean wide) {
        if (wide) {
            extra.add(new Linear(16, 64));
            return;
        } else {
            extra.add(new Linear(16, 32));
            return;
        }
    }

    public Tensor forward(@Dims("N, 8") Tensor x) {
        Tensor h = stem.forward(x);
      //           ^ [N, 16]
        Tensor y = head.forward(h);
      //           ^ [N, 3]
        for (Linear l : layers) {
            h = l.forward(h);
        }
        Tensor e = extra.get(0).forward(stem.forward(x));
      //                                ^ [N, 16]
        return out.forward(h);
    }
}
