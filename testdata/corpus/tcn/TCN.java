import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/**
 * locuslab/TCN TCN/tcn.py (Chomp1d, TemporalBlock, TemporalConvNet) with TCN/adding_problem/model.py's
 * TCN head, without weight_norm (nn has none): 2 input channels, 4 levels of 25 channels, kernel 3,
 * sequences of 100 (the adding problem's defaults: 8 levels of 30, kernel 7, length 400).
 */
public class TCN extends Module {
    private final TemporalConvNet tcn;
    private final Linear linear;

    public TCN() {
        this(2, 1, new int[] {25, 25, 25, 25}, 3, 0.0);
    }

    public TCN(int inputSize, int outputSize, int[] numChannels, int kernelSize, double dropout) {
        tcn = new TemporalConvNet(inputSize, numChannels, kernelSize, dropout);
        linear = new Linear(numChannels[numChannels.length - 1], outputSize);
    }

    public Tensor forward(@Dims("N, 2, 100") Tensor x) {
        Tensor y1 = tcn.forward(x);
        return linear.forward(y1.select(2, -1));
    }
}
