import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** == on a new String and an equal literal compares identities (false), and two equal literals are one interned object (true): the JVM gives Linear(4, 6), [N, 6]. */
public class NewStringIdentity extends Module {
    private final Linear fc;

    public NewStringIdentity() {
        String made = new String("ab");
        String literal = "ab";
        int width = (made == literal ? 100 : 4) + (literal == "ab" ? 2 : 50);
        fc = new Linear(4, width);
    }

    public Tensor forward(@Dims("N, 4") Tensor x) {
        return fc.forward(x);
    }
}
