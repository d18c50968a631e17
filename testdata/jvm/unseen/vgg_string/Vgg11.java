import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** VGG-11 (torchvision's cfg "A") with batch norm, built from a config string parsed at run time, for 32x32 inputs. */
public class Vgg11 extends Module {
    static final String CFG_A = """
            16, M,
            32, M,
            64, 64, M,
            128, 128, M,
            128, 128, M
            """;
    static final int BASE = 16;
    static final int LAST = BASE * 8;
    static final int HIDDEN = LAST * 2;
    static final int CLASSES = 10;

    private final Sequential features = new Sequential();
    private final AdaptiveAvgPool2d avgpool = new AdaptiveAvgPool2d(1);
    private final Sequential classifier;

    public Vgg11() {
        int in = 3;
        int convs = 0;
        int pools = 0;
        String[] tokens = CFG_A.replace("\n", "").split(",");
        for (String raw : tokens) {
            String tok = raw.strip();
            if (tok.isEmpty()) {
                continue;
            }
            if (tok.equals("M")) {
                features.add(String.format("pool%d", ++pools), new MaxPool2d(2, 2));
                continue;
            }
            int out;
            try {
                out = Integer.parseInt(tok);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad token " + tok, e);
            }
            char stage = (char) ('a' + pools);
            String name = "conv" + stage + convs;
            features.add(name, new Conv2d(in, out, 3).padding(1));
            features.add("bn" + stage + convs, new BatchNorm2d(out));
            features.add("relu" + stage + convs, new ReLU(true));
            convs++;
            in = out;
        }
        List<Module> head = new ArrayList<>();
        int[] widths = Stream.iterate(in, w -> w * 2).limit(2).mapToInt(Integer::intValue).toArray();
        head.add(new Linear(widths[0], HIDDEN));
        head.add(new ReLU());
        head.add(new Dropout());
        head.add(new Linear(HIDDEN, widths[1]));
        head.add(new ReLU());
        head.add(new Linear(widths[1], CLASSES));
        classifier = new Sequential(head.toArray(new Module[0]));
        String summary = head.stream().map(m -> m.getClass().getSimpleName()).collect(Collectors.joining("-"));
        if (!summary.startsWith("Linear")) {
            throw new IllegalStateException(summary);
        }
    }

    public Tensor forward(@Dims("N, 3, 32, 32") Tensor x) {
        x = features.forward(x);
        x = avgpool.forward(x);
        x = Tensors.flatten(x, 1);
        return classifier.forward(x);
    }
}
