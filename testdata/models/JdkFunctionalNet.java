import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * JDK library calls that take lambdas and method references run as in the JVM: forEach on lists
 * and maps, streams and collectors, Optional, Comparator, Function composition.
 */
public class JdkFunctionalNet extends Module {
    private final ModuleList stem = new ModuleList();
    private final ModuleList body = new ModuleList();
    private final Map<String, Linear> heads = new LinkedHashMap<>();
    private final List<Linear> ordered = new ArrayList<>();
    private final Linear proj = new Linear(64, 64);
    private final Linear out;
    private final Linear last;
    private final Linear tail;
    private final Linear side;
    private final Sequential post = new Sequential(Stream.of(new ReLU(), new Identity()).toArray(Module[]::new));

    public JdkFunctionalNet() {
        int[] widths = {8, 16, 32, 64};
        List<Linear> stages = IntStream.range(0, widths.length - 1)
                .mapToObj(i -> new Linear(widths[i], widths[i + 1]))
                .toList();
        stages.forEach(stem::add);
        List<Module> blocks = Arrays.asList(64, 64).stream()
                .map(w -> new Linear(w, w))
                .collect(Collectors.toList());
        blocks.forEach(b -> body.add(b));
        Map<String, Integer> sizes = new LinkedHashMap<>();
        sizes.put("a", 10);
        sizes.put("b", 20);
        sizes.put("c", 5);
        sizes.forEach((name, n) -> heads.put(name, new Linear(64, n)));
        heads.values().forEach(ordered::add);
        ordered.sort(Comparator.comparingLong(Linear::inFeatures).thenComparing(Linear::outFeatures).reversed());
        Supplier<Linear> fallback = () -> new Linear(1, 7);
        int[] order = {20, 5, 10};
        Arrays.sort(order);
        out = Optional.of(sizes.values().stream().mapToInt(Integer::intValue).sum())
                .map(n -> new Linear(n, order[0] + 2))
                .orElseGet(fallback);
        int total = Arrays.stream(widths).reduce(0, (a, b) -> a + b);
        BiFunction<Integer, Integer, Linear> make = Linear::new;
        last = make.apply(7, Collections.max(List.of(3, total, 9)));
        List<Linear> extra = new ArrayList<>();
        Optional.<Integer>empty().ifPresent(n -> extra.add(new Linear(n, n)));
        Optional.ofNullable(heads.get("b")).ifPresent(extra::add);
        Optional<Linear> missing = Optional.ofNullable(heads.get("z"));
        tail = missing.isPresent() ? missing.get() : extra.get(extra.size() - 1);
        TreeMap<String, Integer> byName = new TreeMap<>(Comparator.reverseOrder());
        byName.put("a", 3);
        byName.put("c", 11);
        byName.put("b", 4);
        LinkedList<Integer> firsts = new LinkedList<>();
        byName.values().forEach(firsts::addFirst);
        side = new Linear(64, firsts.getFirst() * 10 + firsts.getLast());
    }

    private Tensor block(Tensor t) {
        return F.relu(t);
      //       ^ [N, 64]
    }

    public Tensor forward(@Dims("N, 8") Tensor x) {
        for (Module m : stem) {
            x = m.call(x);
        }
        for (Module m : body) {
            x = F.relu(m.call(x));
          //    ^ [N, 64]
          //           ^ [N, 64]
        }
        Function<Tensor, Tensor> project = proj::forward;
        Function<Tensor, Tensor> pipeline = project.andThen(F::relu).compose(Function.identity());
        Tensor y = pipeline.apply(x);
      //           ^ [N, 64]
        Tensor w = Optional.of(y).map(this::block).orElse(x);
      //           ^ [N, 64]
        Tensor q = tail.forward(w);
      //           ^ [N, 20]
        Tensor sd = side.forward(w);
      //            ^ [N, 41]
        Tensor widest = ordered.get(0).forward(y);
      //                ^ [N, 20]
        Tensor all = ordered.stream()
      //             ^ [N, 35]
                .map(h -> h.forward(y))
                .reduce((a, b) -> Tensors.cat(List.of(a, b), 1))
                .orElseThrow();
        Tensor z = post.forward(out.forward(all));
      //           ^ [N, 7]
      //                        ^ [N, 7]
        return last.forward(z);
      //       ^ [N, 120]
    }
}
