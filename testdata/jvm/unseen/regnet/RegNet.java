import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** A tiny RegNetX (Radosavovic et al. 2020, pycls's generate_regnet / adjust_ws_gs_comp), widths computed from (w0, wa, wm, depth), 32x32. */
public class RegNet extends Module {
    interface Described {
        String describe();
    }

    record StageSpec(int width, int depth, int groupWidth, int stride) implements Described {
        StageSpec {
            if (width % groupWidth != 0) {
                throw new IllegalArgumentException("width " + width + " not a multiple of " + groupWidth);
            }
        }

        int groups() {
            return width / groupWidth;
        }

        @Override
        public String describe() {
            return String.format("w%d-d%d-g%d", width, depth, groups());
        }
    }

    static final double W0 = 8;
    static final double WA = 6.0;
    static final double WM = 2.0;
    static final int DEPTH = 7;
    static final int Q = 8;
    static final int GROUP_W = Q / 2;
    static final int STEM_W = (int) W0 * 2;

    /** XBlock: 1x1, grouped 3x3, 1x1 with a projection shortcut. */
    static final class XBlock extends Module {
        private final Sequential f = new Sequential();
        private final Sequential proj;

        XBlock(int in, int out, int stride, int groups) {
            f.add("a", new Conv2d(in, out, 1).bias(false));
            f.add("a_bn", new BatchNorm2d(out));
            f.add("a_relu", new ReLU(true));
            f.add("b", new Conv2d(out, out, 3, stride, 1).groups(groups).bias(false));
            f.add("b_bn", new BatchNorm2d(out));
            f.add("b_relu", new ReLU(true));
            f.add("c", new Conv2d(out, out, 1).bias(false));
            f.add("c_bn", new BatchNorm2d(out));
            proj = in != out || stride != 1 ? new Sequential(new Conv2d(in, out, 1, stride).bias(false), new BatchNorm2d(out)) : null;
        }

        public Tensor forward(Tensor x) {
            Tensor s = proj != null ? proj.call(x) : x;
            return F.relu(f.forward(x).add(s));
        }
    }

    static List<StageSpec> generate(double w0, double wa, double wm, int depth, int q, int groupW) {
        List<Integer> widths = IntStream.range(0, depth)
                .mapToObj(i -> {
                    double cont = i * wa + w0;
                    long k = Math.round(Math.log(cont / w0) / Math.log(wm));
                    double w = w0 * Math.pow(wm, k);
                    return (int) (Math.round(w / q) * q);
                })
                .collect(Collectors.toList());
        List<List<Integer>> runs = new ArrayList<>();
        outer:
        for (int w : widths) {
            for (List<Integer> run : runs) {
                if (run.get(0) == w) {
                    run.add(w);
                    continue outer;
                }
            }
            runs.add(new ArrayList<>(List.of(w)));
        }
        List<StageSpec> specs = new ArrayList<>();
        for (List<Integer> run : runs) {
            int w = run.get(0);
            int g = Math.min(groupW, w);
            int adjusted = w % g == 0 ? w : (int) Math.round((double) w / g) * g;
            specs.add(new StageSpec(adjusted, run.size(), g, 2));
        }
        return specs;
    }

    private final Sequential stem;
    private final Sequential trunk = new Sequential();
    private final Linear head;

    public RegNet() {
        stem = new Sequential(new Conv2d(3, STEM_W, 3, 1, 1).bias(false), new BatchNorm2d(STEM_W), new ReLU(true));
        List<StageSpec> specs = generate(W0, WA, WM, DEPTH, Q, GROUP_W);
        int in = STEM_W;
        int index = 1;
        for (StageSpec spec : specs) {
            Sequential stage = new Sequential();
            for (int b : IntStream.rangeClosed(1, spec.depth()).toArray()) {
                stage.add("b" + b, new XBlock(in, spec.width(), b == 1 ? spec.stride() : 1, spec.groups()));
                in = spec.width();
            }
            trunk.add("s" + index++, stage);
        }
        String kind = specs.size() > 2 ? "deep" : "shallow";
        int classes = switch (kind) {
            case "deep" -> 10;
            case "shallow" -> 5;
            default -> throw new IllegalStateException(kind);
        };
        head = new Linear(in, classes);
    }

    public Tensor forward(@Dims("N, 3, 32, 32") Tensor x) {
        x = trunk.forward(stem.forward(x));
        return head.forward(x.mean(new int[] {2, 3}));
    }
}
