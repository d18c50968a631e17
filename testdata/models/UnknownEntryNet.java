import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.ArrayList;
import java.util.List;

/**
 * Layers the analysis cannot know (chosen from the environment) put into containers: the
 * Sequential, the list and everything after them are unknown, never one entry short; so no
 * hint after them and no error at fc, which fits whichever layer was chosen.
 */
public class UnknownEntryNet extends Module {
    private final Conv2d stem = new Conv2d(3, 32, 3);
    private final Sequential features = new Sequential();
    private final ModuleList heads = new ModuleList();
    private final Linear fc = new Linear(64, 10);

    public UnknownEntryNet() {
        features.add(new Conv2d(32, 32, 3));
        features.add(System.getenv("WIDE") != null ? new Conv2d(32, 64, 3) : new Conv2d(32, 64, 5));
        features.add(new ReLU());
        List<Module> layers = new ArrayList<>();
        layers.add(new Linear(64, 64));
        layers.add(System.getenv("DEEP") != null ? new Linear(64, 64) : new Identity());
        for (Module m : layers) {
            heads.add(m);
        }
    }

    public Tensor forward(@Dims("N, 3, 32, 32") Tensor x) {
        x = stem.forward(x);
      //    ^ [N, 32, 30, 30]
        x = features.forward(x);
        x = x.mean(new int[] {2, 3});
        for (Module h : heads) {
            x = h.call(x);
        }
        return fc.forward(x);
    }
}
