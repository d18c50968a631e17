import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

public class TemporalBlock extends Module {
    private final Conv1d conv1;
    private final Chomp1d chomp1;
    private final ReLU relu1 = new ReLU();
    private final Dropout dropout1;
    private final Conv1d conv2;
    private final Chomp1d chomp2;
    private final ReLU relu2 = new ReLU();
    private final Dropout dropout2;
    private final Sequential net;
    private final Conv1d downsample;
    private final ReLU relu = new ReLU();

    public TemporalBlock(int nInputs, int nOutputs, int kernelSize, int stride, int dilation, int padding, double dropout) {
        conv1 = new Conv1d(nInputs, nOutputs, kernelSize).stride(stride).padding(padding).dilation(dilation);
        chomp1 = new Chomp1d(padding);
        dropout1 = new Dropout(dropout);

        conv2 = new Conv1d(nOutputs, nOutputs, kernelSize).stride(stride).padding(padding).dilation(dilation);
        chomp2 = new Chomp1d(padding);
        dropout2 = new Dropout(dropout);

        net = new Sequential(conv1, chomp1, relu1, dropout1, conv2, chomp2, relu2, dropout2);
        downsample = nInputs != nOutputs ? new Conv1d(nInputs, nOutputs, 1) : null;
    }

    public Tensor forward(Tensor x) {
        Tensor out = net.forward(x);
        Tensor res = downsample == null ? x : downsample.forward(x);
        return relu.forward(out.add(res));
    }
}
