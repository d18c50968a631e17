import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Functional style: an activation held as a method reference, a merge held as a lambda. */
public class FunctionalNet extends Module {
    private final Linear fc = new Linear(10, 20);
    private final Function<Tensor, Tensor> act = F::relu;
    private final BiFunction<Tensor, Tensor, Tensor> merge = (a, b) -> Tensors.cat(List.of(a, b), 1);
    private final Linear head = new Linear(40, 2);

    public Tensor forward(@Dims("N, 10") Tensor x) {
        Tensor h = act.apply(fc.forward(x));
      //           ^ [N, 20]
      //                     ^ [N, 20]
        Tensor both = merge.apply(h, h);
      //              ^ [N, 40]
        return head.forward(both);
      //       ^ [N, 2]
    }
}
