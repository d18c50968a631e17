import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.List;

import static java.lang.Math.max;

/**
 * M5 (Dai et al. 2017, "Very deep convolutional neural networks for raw waveforms"), as in
 * torchaudio's speech-command tutorial: a strided 1-D conv front end on the raw waveform.
 */
public class M5 extends Module implements AudioSpec {
    private final Sequential features = new Sequential();
    private final Linear fc1;

    public M5() {
        this(32);
    }

    public M5(int width) {
        List.of(block(1, width, 80, 16), block(width, width), block(width, 2 * width), block(2 * width, 2 * width))
                .forEach(features::add);
        fc1 = new Linear(2 * width, max(NUM_CLASSES, 2));
    }

    /** A conv-BN-ReLU-pool block; the first one has a long strided kernel. */
    static Sequential block(int in, int out, int kernel, int stride) {
        return new Sequential(new Conv1d(in, out, kernel).stride(stride), new BatchNorm1d(out), new ReLU(), new MaxPool1d(4));
    }

    static Sequential block(int in, int out) {
        return block(in, out, 3, 1);
    }

    public Tensor forward(@Dims("N, 1, " + SAMPLE_RATE) Tensor x) {
        x = features.forward(x);
        x = F.avgPool1d(x, (int) x.size(-1));
        x = x.permute(0, 2, 1);
        x = fc1.forward(x);
        return F.logSoftmax(x, 2);
    }
}
