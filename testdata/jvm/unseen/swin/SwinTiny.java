import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** A two-stage Swin Transformer for 32x32 images (patch 2, window 4), timm's layout in miniature. */
public class SwinTiny extends Module {
    public record StageSpec(int depth, int heads, int window) {
        public StageSpec {
            if (depth < 1 || heads < 1) {
                throw new IllegalArgumentException("bad stage");
            }
        }

        public static StageSpec of(int depth, int heads) {
            return new StageSpec(depth, heads, 4);
        }
    }

    static final List<StageSpec> STAGES = List.of(StageSpec.of(2, 2), StageSpec.of(2, 4));

    private final double mlpRatio;

    /** A Swin block; inner, it reads the model's mlpRatio. */
    class SwinBlock extends Module {
        private final int resolution;
        private final int windowSize;
        private final int shiftSize;
        private final LayerNorm norm1;
        private final WindowAttention attn;
        private final LayerNorm norm2;
        private final Sequential mlp;
        private final Tensor attnMask;

        SwinBlock(int dim, int resolution, int heads, int window, boolean shifted) {
            this.resolution = resolution;
            int ws = window;
            int shift = shifted ? window / 2 : 0;
            if (resolution <= ws) {
                shift = 0;
                ws = resolution;
            }
            this.windowSize = ws;
            this.shiftSize = shift;
            norm1 = new LayerNorm(dim);
            attn = new WindowAttention(dim, ws, heads);
            norm2 = new LayerNorm(dim);
            int hidden = (int) (dim * mlpRatio);
            mlp = new Sequential(new Linear(dim, hidden), new GELU(), new Linear(hidden, dim));
            attnMask = shiftSize > 0 ? registerBuffer("attn_mask", buildMask()) : null;
        }

        private Tensor buildMask() {
            Tensor img = Tensors.zeros(1, resolution, resolution, 1);
            long[][] spans = {{0, resolution - windowSize}, {resolution - windowSize, resolution - shiftSize},
                    {resolution - shiftSize, resolution}};
            int cnt = 0;
            for (long[] hs : spans) {
                for (long[] wsp : spans) {
                    img.slice(1, hs[0], hs[1]).slice(2, wsp[0], wsp[1]).fill_(cnt++);
                }
            }
            Tensor windows = Windows.partition(img, windowSize).view(-1, windowSize * windowSize);
            Tensor diff = windows.unsqueeze(1).sub(windows.unsqueeze(2));
            return diff.maskedFill(diff.ne(0), -100.0).maskedFill(diff.eq(0), 0.0);
        }

        public Tensor forward(Tensor x) {
            long b = x.size(0), l = x.size(1), c = x.size(2);
            Tensor shortcut = x;
            Tensor h = norm1.forward(x).view(b, resolution, resolution, c);
            if (shiftSize > 0) {
                h = h.roll(new long[] {-shiftSize, -shiftSize}, 1, 2);
            }
            Tensor windows = Windows.partition(h, windowSize).view(-1, windowSize * windowSize, c);
            Tensor attended = attn.forward(windows, attnMask).view(-1, windowSize, windowSize, c);
            h = Windows.reverse(attended, windowSize, resolution, resolution);
            if (shiftSize > 0) {
                h = h.roll(new long[] {shiftSize, shiftSize}, 1, 2);
            }
            x = shortcut.add(h.view(b, l, c));
            return x.add(mlp.forward(norm2.forward(x)));
        }
    }

    /** Patch merging: 2x2 neighbourhood concatenated, then reduced to 2C. */
    static class PatchMerging extends Module {
        private final int resolution;
        private final LayerNorm norm;
        private final Linear reduction;

        PatchMerging(int dim, int resolution) {
            this.resolution = resolution;
            norm = new LayerNorm(4 * dim);
            reduction = new Linear(4 * dim, 2 * dim).bias(false);
        }

        public Tensor forward(Tensor x) {
            long b = x.size(0), c = x.size(2);
            Tensor g = x.view(b, resolution, resolution, c);
            List<Tensor> quads = new ArrayList<>();
            for (int[] offset : new int[][] {{0, 0}, {1, 0}, {0, 1}, {1, 1}}) {
                quads.add(g.slice(1, offset[0], resolution, 2).slice(2, offset[1], resolution, 2));
            }
            Tensor merged = Tensors.cat(quads, -1).view(b, -1, 4 * c);
            return reduction.forward(norm.forward(merged));
        }
    }

    private final Conv2d patchEmbed;
    private final LayerNorm embedNorm;
    private final ModuleList layers = new ModuleList();
    private final LayerNorm norm;
    private final Linear head;

    public SwinTiny() {
        this(32, 2, 24, 10, 4.0);
    }

    public SwinTiny(int imageSize, int patch, int embedDim, int numClasses, double mlpRatio) {
        this.mlpRatio = mlpRatio;
        patchEmbed = new Conv2d(3, embedDim, patch).stride(patch);
        embedNorm = new LayerNorm(embedDim);
        int dim = embedDim;
        int res = imageSize / patch;
        for (int s = 0; s < STAGES.size(); s++) {
            StageSpec spec = STAGES.get(s);
            final int d = dim, r = res;
            List<SwinBlock> blocks = IntStream.range(0, spec.depth())
                    .mapToObj(i -> new SwinBlock(d, r, spec.heads(), spec.window(), i % 2 == 1))
                    .collect(Collectors.toList());
            blocks.forEach(layers::add);
            if (s < STAGES.size() - 1) {
                layers.add(new PatchMerging(dim, res));
                dim *= 2;
                res /= 2;
            }
        }
        norm = new LayerNorm(dim);
        head = new Linear(dim, numClasses);
    }

    public Tensor forward(@Dims("N, 3, 32, 32") Tensor x) {
        Function<Tensor, Tensor> embed = patchEmbed::forward;
        embed = embed.andThen(t -> t.flatten(2).transpose(1, 2)).andThen(embedNorm::forward);
        x = embed.apply(x);
        for (Module layer : layers) {
            x = layer.call(x);
        }
        x = norm.forward(x).mean(1);
        return head.forward(x);
    }
}
