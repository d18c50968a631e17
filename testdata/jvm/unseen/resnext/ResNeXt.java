import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** A narrow ResNeXt (32x4d-style grouped bottlenecks at width 1/4), with SE blocks in the last stage, for 32x32 inputs. */
public class ResNeXt extends Module {
    /** stage name -> {blocks, planes, stride}. */
    static final Map<String, int[]> STAGES = Map.of(
            "layer1", new int[] {1, 16, 1},
            "layer2", new int[] {2, 32, 2},
            "layer3", new int[] {2, 64, 2});
    static final int GROUPS = 8;
    static final int BASE_WIDTH = 16;

    private final Conv2d conv1 = new Conv2d(3, 16, 3).padding(1).bias(false);
    private final BatchNorm2d bn1 = new BatchNorm2d(16);
    private final ModuleDict layers = new ModuleDict();
    private final Linear fc;

    public ResNeXt() {
        int inplanes = 16;
        List<String> order = STAGES.keySet().stream().sorted().toList();
        Map<Integer, List<String>> byStride = order.stream().collect(Collectors.groupingBy(k -> STAGES.get(k)[2]));
        for (String name : order) {
            int[] spec = STAGES.get(name);
            boolean se = byStride.get(2).indexOf(name) == byStride.get(2).size() - 1;
            Sequential stage = new Sequential();
            for (int b = 0; b < spec[0]; b++) {
                int stride = b == 0 ? spec[2] : 1;
                Bottleneck block = se
                        ? new SEBottleneck(inplanes, spec[1], stride, GROUPS, BASE_WIDTH, 16)
                        : new Bottleneck(inplanes, spec[1], stride, GROUPS, BASE_WIDTH);
                stage.add(block);
                inplanes = Widths.expand(spec[1]);
            }
            layers.put(name, stage);
        }
        int total = IntStream.range(0, order.size()).map(i -> STAGES.get(order.get(i))[0]).reduce(0, Integer::sum);
        if (total != 5) {
            throw new IllegalStateException("blocks: " + total);
        }
        fc = new Linear(inplanes, 10);
    }

    public Tensor forward(@Dims("N, 3, 32, 32") Tensor x) {
        x = F.relu(bn1.forward(conv1.forward(x)));
        for (Module stage : layers.values()) {
            x = stage.call(x);
        }
        x = F.adaptiveAvgPool2d(x, 1).flatten(1);
        return fc.forward(x);
    }
}
