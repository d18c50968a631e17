import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** A constructor taking int... widths loops over them: the JVM gives Linear(4, 6), [N, 6]. */
public class Varargs extends Module {
    static final class Stack extends Module {
        private final ModuleList layers = new ModuleList();
        Stack(int... widths) {
            for (int i = 0; i + 1 < widths.length; i++) {
                layers.add(new Linear(widths[i], widths[i + 1]));
            }
        }
        public Tensor forward(Tensor x) {
            for (Module m : layers) {
                x = m.call(x);
            }
            return x;
        }
    }

    private final Stack stack = new Stack(4, 6);

    public Tensor forward(@Dims("N, 4") Tensor x) {
        return stack.forward(x);
    }
}
