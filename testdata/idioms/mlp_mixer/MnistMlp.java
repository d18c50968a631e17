import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** The classic 784-256-128-10 MNIST perceptron, reusing the Mixer's varargs Mlp. */
public class MnistMlp extends Module {
    private final Flatten flatten = new Flatten();
    private final MlpMixer.Mlp mlp = new MlpMixer.Mlp(28 * 28, 256, 128, 10);

    public Tensor forward(@Dims("N, 1, 28, 28") Tensor x) {
        return mlp.forward(flatten.forward(x));
    }
}
