import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** The last network of WaveNet. */
public class DensNet extends Module {
    private final Conv1d conv1;
    private final Conv1d conv2;
    private final ReLU relu = new ReLU();
    private final Softmax softmax = new Softmax(1);

    public DensNet(int channels) {
        conv1 = new Conv1d(channels, channels, 1);
        conv2 = new Conv1d(channels, channels, 1);
    }

    public Tensor forward(Tensor x) {
        Tensor output = relu.forward(x);
        output = conv1.forward(output);
        output = relu.forward(output);
        output = conv2.forward(output);
        output = softmax.forward(output);
        return output;
    }
}
