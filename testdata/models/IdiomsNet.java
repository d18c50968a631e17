import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.ArrayList;
import java.util.List;

/** Everyday Java idioms in model code: var, lists turned into arrays, nested classes, loops. */
public class IdiomsNet extends Module {
    static final int WIDTH = 32;

    /** A block declared inside the model. */
    static class Block extends Module {
        private final Linear fc;

        Block(int width) {
            fc = new Linear(width, width);
        }

        public Tensor forward(Tensor x) {
            return F.relu(fc.forward(x));
      //           ^ [N, 32]
      //                  ^ [N, 32]
        }
    }

    private final Sequential blocks;
    private final Linear head = new Linear(WIDTH, 4);

    public IdiomsNet() {
        List<Module> layers = new ArrayList<>();
        layers.add(new Linear(8, WIDTH));
        int i = 0;
        while (i < 3) {
            layers.add(new Block(WIDTH));
            i++;
        }
        blocks = new Sequential(layers.toArray(Module[]::new));
    }

    private static int half(int n) {
        return n / 2;
    }

    public Tensor forward(@Dims("N, 8") Tensor x) {
        var h = blocks.forward(x);
      //        ^ [N, 32]
        var parts = h.chunk(2, 1);
        Tensor left = parts.get(0);
      //              ^ [N, 16]
        Tensor both = Tensors.cat(List.of(left, parts.get(1)), half(2) == 1 ? 1 : 0);
      //              ^ [N, 32]
        // Fully qualified names, as IDEs sometimes write them.
        Tensor same = dev.shapesense.tensor.Tensors.cat(java.util.List.of(left, parts.get(1)), 1);
      //              ^ [N, 32]
        return head.forward(both);
      //       ^ [N, 4]
    }
}
