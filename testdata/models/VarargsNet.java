import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.ArrayList;
import java.util.List;

/**
 * Varargs constructors of user classes receive their arguments as an array: new Mlp(8, 16, 4),
 * super(4, 32, 64, 128), this(10, 6), and an explicit array passed as the varargs parameter.
 */
public class VarargsNet extends Module {
    static class Mlp extends Module {
        private final Sequential layers;

        Mlp() {
            this(10, 6);
        }

        Mlp(int... sizes) {
            List<Module> l = new ArrayList<>();
            for (int i = 0; i + 1 < sizes.length; i++) {
                l.add(new Linear(sizes[i], sizes[i + 1]));
            }
            layers = new Sequential(l.toArray(new Module[0]));
        }

        public Tensor forward(Tensor x) {
            return layers.forward(x);
        }
    }

    static class Tower extends Mlp {
        Tower() {
            super(4, 32, 64, 128);
        }
    }

    private final Mlp first = new Mlp(8, 16, 4);
    private final Mlp tower = new Tower();
    private final Mlp flat = new Mlp(new int[] {128, 10});
    private final Mlp pair = new Mlp();

    public Tensor forward(@Dims("N, 8") Tensor x) {
        Tensor h = first.forward(x);
               //  ^ [N, 4]
        h = tower.forward(h);
        //  ^ [N, 128]
        h = flat.forward(h);
        //  ^ [N, 10]
        return pair.forward(h);
           //  ^ [N, 6]
    }
}
