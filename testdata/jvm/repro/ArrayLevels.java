import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** Arrays of arrays: new int[3][] (rows null until set), new long[2][2][2] (zeros): the JVM gives Linear(4, 12), [N, 12]. */
public class ArrayLevels extends Module {
    private final Linear fc;

    public ArrayLevels() {
        int[][] jag = new int[3][];
        jag[1] = new int[] {4, 5};
        long[][][] cube = new long[2][2][2];
        cube[1][1][0] = 3;
        int missing = jag[0] == null ? 1 : 0;
        fc = new Linear(4, jag[1][1] + (int) cube[1][1][0] + missing + jag.length);
    }

    public Tensor forward(@Dims("N, 4") Tensor x) {
        return fc.forward(x);
    }
}
