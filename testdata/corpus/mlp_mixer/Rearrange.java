import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** einops Rearrange('b c (h p1) (w p2) -> b (h w) (p1 p2 c)', p1 = p1, p2 = p2), written out. */
public class Rearrange extends Module {
    private final int p1;
    private final int p2;

    public Rearrange(int p1, int p2) {
        this.p1 = p1;
        this.p2 = p2;
    }

    public Tensor forward(Tensor x) {
        long b = x.size(0);
        long c = x.size(1);
        long h = x.size(2) / p1;
        long w = x.size(3) / p2;
        return x.view(b, c, h, p1, w, p2).permute(0, 2, 4, 3, 5, 1).reshape(b, h * w, p1 * p2 * c);
    }
}
