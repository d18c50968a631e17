import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** System.arraycopy fills an array whose element sizes a layer (ddpm_unet style): the JVM gives Linear(4, 6), [N, 6]. */
public class ArrayCopy extends Module {
    private final Linear fc;

    public ArrayCopy() {
        int[] mult = {2};
        int[] shifted = new int[2];
        shifted[0] = 1;
        System.arraycopy(mult, 0, shifted, 1, mult.length);
        fc = new Linear(4, 3 * shifted[1]);
    }

    public Tensor forward(@Dims("N, 4") Tensor x) {
        return fc.forward(x);
    }
}
