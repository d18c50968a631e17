import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** char arithmetic promotes to int ('a' + 5 == 102), (char) -1 is 65535, and ++ on a char stays a char (65535 + 1 wraps to 0): the JVM gives Linear(4, 6), [N, 6]. */
public class CharArithmetic extends Module {
    private final Linear fc;

    public CharArithmetic() {
        char c = 'a';
        int shifted = c + 5;
        char top = (char) -1;
        int width = top - 65535 + shifted - 96;
        top++;
        fc = new Linear(4, width + top);
    }

    public Tensor forward(@Dims("N, 4") Tensor x) {
        return fc.forward(x);
    }
}
