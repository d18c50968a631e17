import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.ArrayList;
import java.util.List;

/**
 * A loop whose bound the analysis cannot know leaves everything it changes unknown: the lists it
 * fills (read later by index), the counters it steps, the fields and array slots it sets (its own
 * and, through the methods it calls, other objects'). Never an internal error, never the shape of
 * a guessed number of iterations; what the loop does not touch keeps its shapes. An unknown value added to a list is an unknown element: the list keeps its
 * size, and the elements after it their index. A sort whose comparator cannot be followed leaves
 * the list unknown (the JDK swapped some elements before it failed), as a stream whose filter
 * cannot be followed leaves the list its forEach fills.
 */
public class UnknownLoopNet extends Module {
    /** A helper object whose method the loop calls: its field changes too. */
    static class Counter {
        int n = 1;

        void bump() {
            n++;
        }
    }

    /** A container of the model's own, given a layer the analysis cannot know. */
    static class Body extends Sequential {
        Body(Module odd) {
            add(new Linear(16, 8));
            add(odd);
            add(new ReLU());
        }
    }

    private final List<Linear> blocks = new ArrayList<>();
    private final Linear stem = new Linear(8, 16);
    private final Linear counted;
    private final Linear sized;
    private Linear last = new Linear(16, 3);
    private final List<Linear> chain = new ArrayList<>();
    private final Linear pick;
    private final Linear kept;
    private final Linear bumped;
    private final Body body =
            new Body(Boolean.parseBoolean(System.getProperty("wide")) ? new Linear(8, 4) : new Linear(8, 5));

    public UnknownLoopNet() {
        int depth = Integer.parseInt(System.getProperty("depth", "2"));
        int n = 0;
        long[] widths = {16, 16};
        Counter counter = new Counter();
        for (int i = 0; i < depth; i++) {
      //^ info analysis/unknown-loop: loop condition depends on values the analysis cannot know: shapes after this loop are not shown
            blocks.add(new Linear(16, 16));
            n++;
            widths[1] = 32;
            last = new Linear(16, 5);
            counter.bump();
        }
        Linear first = blocks.get(0);
        counted = new Linear(16, n + 1);
        sized = new Linear(16, widths[1]);
        Linear maybe = Boolean.getBoolean("big") ? new Linear(16, 64) : new Linear(16, 32);
        chain.add(maybe);
        chain.add(new Linear(16, 4));
        List<Linear> sorted = new ArrayList<>(List.of(new Linear(16, 8), new Linear(16, 2), new Linear(16, 4)));
        sorted.sort((p, q) -> Long.compare(p.outFeatures(), Long.parseLong(System.getProperty("w", "5"))));
        pick = sorted.get(0);
        List<Linear> small = new ArrayList<>();
        List.of(new Linear(16, 3), new Linear(16, 6)).stream()
                .filter(l -> l.outFeatures() < Long.parseLong(System.getProperty("k", "5")))
                .forEach(small::add);
        kept = new Linear(16, small.size() + 1);
        bumped = new Linear(16, counter.n);
    }

    public Tensor forward(@Dims("N, 8") Tensor x) {
        Tensor h = stem.forward(x);
      //           ^ [N, 16]
        List<Tensor> rows = new ArrayList<>();
        for (int i = 0; i < x.size(0); i++) {
      //^ info analysis/unknown-loop: loop condition depends on values the analysis cannot know: shapes after this loop are not shown
            rows.add(h.select(0, i));
        }
        Tensor stacked = Tensors.stack(rows, 0);
        Tensor again = Tensors.stack(List.of(h.select(0, 0), h.select(0, 1)), 0);
      //               ^ [2, 16]
        Tensor c = counted.forward(h);
        Tensor s = sized.forward(h);
        Tensor l = last.forward(h);
        Tensor m = chain.get(0).forward(h);
        Tensor t = chain.get(1).forward(h);
      //           ^ [N, 4]
        Tensor bo = body.forward(h);
        Tensor pk = pick.forward(h);
        Tensor kp = kept.forward(h);
        Tensor bp = bumped.forward(h);
        for (Linear b : blocks) {
            h = b.forward(h);
        }
        return h;
    }
}
