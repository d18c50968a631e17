import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.ArrayList;
import java.util.List;

/** YOLOv5 Detect head for detection models. */
public class Detect extends Module {
    public record Output(Tensor pred, List<Tensor> x) {}

    private final double[] stride; // strides computed during build
    private final int nc; // number of classes
    private final int no; // number of outputs per anchor
    private final int nl; // number of detection layers
    private final int na; // number of anchors
    private final Tensor[] grid; // init grid
    private final Tensor[] anchor_grid; // init anchor grid
    private final Tensor anchors; // shape(nl,na,2)
    private final ModuleList m = new ModuleList(); // output conv

    public Detect(int nc, double[][] anchors, int[] ch, double[] stride) {
        this.stride = stride;
        this.nc = nc;
        no = nc + 5;
        nl = anchors.length;
        na = anchors[0].length / 2;
        grid = new Tensor[nl];
        anchor_grid = new Tensor[nl];
        for (int i = 0; i < nl; i++) {
            grid[i] = Tensors.empty(0);
            anchor_grid[i] = Tensors.empty(0);
        }
        double[] flat = new double[nl * na * 2];
        for (int i = 0; i < nl; i++) {
            System.arraycopy(anchors[i], 0, flat, i * na * 2, na * 2);
        }
        this.anchors = registerBuffer("anchors", Tensors.tensor(flat, nl, na * 2).view(nl, -1, 2));
        for (int x : ch) {
            m.add(new Conv2d(x, no * na, 1));
        }
    }

    public Output forward(List<Tensor> x) {
        x = new ArrayList<>(x);
        List<Tensor> z = new ArrayList<>(); // inference output
        for (int i = 0; i < nl; i++) {
            x.set(i, m.get(i).call(x.get(i))); // conv
            long bs = x.get(i).size(0);
            long ny = x.get(i).size(2);
            long nx = x.get(i).size(3);
            // x(bs,255,20,20) to x(bs,3,20,20,85)
            x.set(i, x.get(i).view(bs, na, no, ny, nx).permute(0, 1, 3, 4, 2).contiguous());

            if (!isTraining()) { // inference
                if (grid[i].dim() < 4 || grid[i].size(2) != ny || grid[i].size(3) != nx) {
                    Tensor[] g = makeGrid((int) nx, (int) ny, i);
                    grid[i] = g[0];
                    anchor_grid[i] = g[1];
                }
                List<Tensor> parts = x.get(i).sigmoid().split(new long[] {2, 2, nc + 1}, 4);
                Tensor xy = parts.get(0).mul(2).add(grid[i]).mul(stride[i]); // xy
                Tensor wh = parts.get(1).mul(2).pow(2).mul(anchor_grid[i]); // wh
                Tensor y = Tensors.cat(List.of(xy, wh, parts.get(2)), 4);
                z.add(y.view(bs, na * nx * ny, no));
            }
        }
        return isTraining() ? new Output(null, x) : new Output(Tensors.cat(z, 1), x);
    }

    private Tensor[] makeGrid(int nx, int ny, int i) {
        long[] shape = {1, na, ny, nx, 2}; // grid shape
        Tensor y = Tensors.arange(ny).to(DType.FLOAT32);
        Tensor x = Tensors.arange(nx).to(DType.FLOAT32);
        List<Tensor> yvXv = Tensors.meshgrid(List.of(y, x), "ij");
        Tensor gridI = Tensors.stack(List.of(yvXv.get(1), yvXv.get(0)), 2).expand(shape).sub(0.5); // add grid offset, i.e. y = 2.0 * x - 0.5
        Tensor anchorGridI = anchors.select(0, i).mul(stride[i]).view(1, na, 1, 1, 2).expand(shape);
        return new Tensor[] {gridI, anchorGridI};
    }
}
