import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.ArrayList;
import java.util.List;

/** instanceof on a module taken from a Sequential (yolov5 style): the JVM skips the ReLU, y = [t, null, t], [N, 4]. */
public class InstanceofModule extends Module {
    private final Sequential model = new Sequential(new Linear(4, 4), new ReLU(), new Linear(4, 4));

    public Tensor forward(@Dims("N, 4") Tensor x) {
        List<Tensor> y = new ArrayList<>();
        Tensor cur = x;
        for (int i = 0; i < model.size(); i++) {
            Module m = model.get(i);
            if (m instanceof ReLU) {
                y.add(null);
            } else {
                cur = m.call(cur);
                y.add(cur);
            }
        }
        return y.get(2);
    }
}
