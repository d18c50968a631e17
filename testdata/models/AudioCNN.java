import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

public class AudioCNN extends Module {
    private final Conv1d conv1 = new Conv1d(1, 32, 80).stride(16);
    private final BatchNorm1d bn1 = new BatchNorm1d(32);
    private final MaxPool1d pool1 = new MaxPool1d(4);
    private final Conv1d conv2 = new Conv1d(32, 64, 3);
    private final BatchNorm1d bn2 = new BatchNorm1d(64);
    private final MaxPool1d pool2 = new MaxPool1d(4);
    private final AdaptiveAvgPool1d gap = new AdaptiveAvgPool1d(1);
    private final Linear fc = new Linear(64, 35);

    public Tensor forward(@Dims("N, 1, 16000") Tensor x) {
        x = pool1.forward(F.relu(bn1.forward(conv1.forward(x))));
      //    ^ [N, 32, 249]
      //                         ^ [N, 32, 996]
      //                                     ^ [N, 32, 996]
        x = pool2.forward(F.relu(bn2.forward(conv2.forward(x))));
      //    ^ [N, 64, 61]
      //                         ^ [N, 64, 247]
      //                                     ^ [N, 64, 247]
        x = gap.forward(x);
      //    ^ [N, 64, 1]
        x = x.squeeze(-1);
      //    ^ [N, 64]
        return fc.forward(x);
      //       ^ [N, 35]
    }
}
