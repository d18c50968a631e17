import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Iteration as the JVM runs it: explicit Iterator loops over JDK and nn collections, and the
 * enhanced for over workspace classes implementing Iterable, whose iterator may be a JDK one or a
 * workspace class of its own (hasNext() and next() before each turn).
 */
public class IterationNet extends Module {
    /** A collection of layers of the model's own. */
    static class Stack implements Iterable<Linear> {
        private final List<Linear> layers = new ArrayList<>();

        Stack add(Linear l) {
            layers.add(l);
            return this;
        }

        public Iterator<Linear> iterator() {
            return layers.iterator();
        }
    }

    /** n, n - 1, ..., 1. */
    static class Countdown implements Iterator<Integer> {
        private int left;

        Countdown(int n) {
            left = n;
        }

        public boolean hasNext() {
            return left > 0;
        }

        public Integer next() {
            return left--;
        }
    }

    static class Widths implements Iterable<Integer> {
        private final int n;

        Widths(int n) {
            this.n = n;
        }

        public Iterator<Integer> iterator() {
            return new Countdown(n);
        }
    }

    private final Stack stack = new Stack();
    private final ModuleList more = new ModuleList();
    private final Linear head;

    public IterationNet() {
        stack.add(new Linear(8, 16)).add(new Linear(16, 32));
        long total = 0;
        for (int w : new Widths(3)) {
            total += w;
        }
        Iterator<Linear> it = stack.iterator();
        while (it.hasNext()) {
            Linear l = it.next();
            if (l.outFeatures() == 32) {
                more.add(new Linear(32, 32));
            }
        }
        head = new Linear(32, total);
    }

    public Tensor forward(@Dims("N, 8") Tensor x) {
        for (Linear l : stack) {
            x = l.forward(x);
        }
        Iterator<Module> it = more.iterator();
        while (it.hasNext()) {
            x = F.relu(it.next().call(x));
          //    ^ [N, 32]
          //           ^ [N, 32]
        }
        return head.forward(x);
      //       ^ [N, 6]
    }
}
