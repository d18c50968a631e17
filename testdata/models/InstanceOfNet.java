import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.ArrayList;
import java.util.List;

/**
 * instanceof, with and without a pattern, is decided as the JVM decides it whenever the class of
 * the value is known: nn layers, workspace classes through extends and implements, JDK values.
 * Only the branch taken runs.
 */
public class InstanceOfNet extends Module {
    interface Tagged {
        long width();
    }

    static class Block extends Module implements Tagged {
        private final Conv2d conv;
        private final int width;

        Block(int width) {
            this.width = width;
            conv = new Conv2d(width, width, 3).padding(1);
        }

        public long width() {
            return width;
        }

        public Tensor forward(Tensor x) {
            return F.relu(conv.forward(x));
        }
    }

    static class WideBlock extends Block {
        WideBlock(int width) {
            super(width);
        }
    }

    private final Sequential features;
    private final Linear head;

    public InstanceOfNet() {
        List<Module> base = List.of(
                new Conv2d(3, 8, 3), new BatchNorm2d(8), new Conv2d(8, 16, 3), new MaxPool2d(2),
                new WideBlock(16));
        List<Module> layers = new ArrayList<>();
        long channels = 0;
        long tagged = 0;
        for (Module m : base) {
            layers.add(m);
            if (m instanceof Conv2d c) {
                layers.add(new ReLU());
                channels = c.outChannels();
            } else if (m instanceof Tagged t && t.width() > 8) {
                channels = t.width();
                tagged++;
            }
            if (m instanceof BatchNorm2d) {
                layers.add(new MaxPool2d(2));
            }
            if (!(m instanceof Block)) {
                continue;
            }
            tagged += m instanceof WideBlock ? 10 : 100;
        }
        Object bag = layers;
        long relus = 0;
        for (Module m : layers) {
            if (m instanceof ReLU) {
                relus++;
            }
        }
        long kinds = (bag instanceof List<?> l ? l.size() : 0) + (bag instanceof Module ? 100 : 0);
        Module none = null;
        if (none instanceof Module) {
            kinds = 0;
        }
        features = new Sequential(layers.toArray(new Module[0]));
        head = new Linear(channels * 6 * 6, relus * kinds + tagged);
    }

    public Tensor forward(@Dims("N, 3, 32, 32") Tensor x) {
        x = features.forward(x);
      //    ^ [N, 16, 6, 6]
        return head.forward(x.flatten(1));
      //       ^ [N, 27]
    }
}
