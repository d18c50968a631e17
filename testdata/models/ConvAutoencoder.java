import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

public class ConvAutoencoder extends Module {
    private final Sequential encoder = new Sequential(
            new Conv2d(1, 16, 3).stride(2).padding(1),
            new ReLU(),
            new Conv2d(16, 32, 3).stride(2).padding(1),
            new ReLU());
    private final Sequential decoder = new Sequential(
            new ConvTranspose2d(32, 16, 3).stride(2).padding(1).outputPadding(1),
            new ReLU(),
            new ConvTranspose2d(16, 1, 3).stride(2).padding(1).outputPadding(1),
            new Sigmoid());

    public Tensor forward(@Dims("N, 1, 28, 28") Tensor x) {
        Tensor z = encoder.forward(x);
      //           ^ [N, 32, 7, 7]
        return decoder.forward(z);
      //       ^ [N, 1, 28, 28]
    }
}
