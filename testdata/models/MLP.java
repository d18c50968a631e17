import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

public class MLP extends Module {
    private final Sequential layers = new Sequential(
            new Flatten(),
            new Linear(28 * 28, 256),
            new ReLU(),
            new Dropout(0.2),
            new Linear(256, 64),
            new ReLU(),
            new Linear(64, 10));

    public Tensor forward(@Dims("N, 1, 28, 28") Tensor x) {
        return layers.forward(x);
      //       ^ [N, 10]
    }
}
