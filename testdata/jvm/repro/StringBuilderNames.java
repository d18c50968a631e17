import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** A StringBuilder names a layer and gives its width ("conv2d01", 8), another counts a loop (3): the JVM gives seq.conv2d01 Linear [N, 8] and seq.b Linear [N, 5]. */
public class StringBuilderNames extends Module {
    private final Sequential seq = new Sequential();

    public StringBuilderNames() {
        StringBuilder name = new StringBuilder("con");
        name.append("v2d");
        for (int i = 0; i < 2; i++) {
            name.append(i);
        }
        StringBuilder loopy = new StringBuilder();
        int n = 3;
        for (int i = 0; i < n; i++) {
            loopy.append('x');
        }
        seq.addModule(name.toString(), new Linear(4, name.length()));
        seq.addModule("b", new Linear(name.length(), 2 + loopy.length()));
    }

    public Tensor forward(@Dims("N, 4") Tensor x) {
        return seq.forward(x);
    }
}
