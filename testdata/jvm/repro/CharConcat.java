import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** A char in string concatenation is its character, not its code: "conv" + 'b' is "convb"; the JVM gives Linear(4, 5), [N, 5]. */
public class CharConcat extends Module {
    private final Linear fc;

    public CharConcat() {
        char stage = (char) ('a' + 1);
        int w = ("conv" + stage).length();
        fc = new Linear(4, w);
    }

    public Tensor forward(@Dims("N, 4") Tensor x) {
        return fc.forward(x);
    }
}
