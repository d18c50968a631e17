import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/**
 * TC-ResNet8 (Choi et al. 2019, "Temporal convolution for real-time keyword spotting"): MFCC
 * coefficients as channels, 1-D convolutions over time, three residual blocks.
 */
public class TCResNet8 extends Module implements AudioSpec {
    /** A residual block of two 9-wide temporal convolutions; it builds with the model's helpers. */
    static class Block extends Module {
        private final Sequential body;
        private final Sequential shortcut;

        Block(int in, int out, int stride) {
            body = new Sequential(convBn(in, out, 9, stride), new ReLU(true), convBn(out, out, 9, 1));
            shortcut = stride != 1 || in != out ? new Sequential(convBn(in, out, 1, stride), new ReLU(true)) : new Sequential();
        }

        public Tensor forward(Tensor x) {
            return F.relu(body.forward(x).add(shortcut.forward(x)));
        }
    }

    static Sequential convBn(int in, int out, int kernel, int stride) {
        return new Sequential(new Conv1d(in, out, kernel).stride(stride).padding(kernel / 2).bias(false), new BatchNorm1d(out));
    }

    private final Conv1d stem;
    private final Sequential blocks = new Sequential();
    private final Dropout dropout = new Dropout(0.5);
    private final Linear fc;

    public TCResNet8() {
        this(1.0, 16, 24, 32, 48);
    }

    /** {@code widths[0]} is the stem, each further width one stride-2 block; scaled by {@code k}. */
    public TCResNet8(double k, int... widths) {
        int in = (int) (widths[0] * k);
        stem = new Conv1d(N_MFCC, in, 3).padding(1).bias(false);
        for (int i = 1; i < widths.length; i++) {
            int out = (int) (widths[i] * k);
            blocks.add(new Block(in, out, 2));
            in = out;
        }
        fc = new Linear(in, NUM_CLASSES);
    }

    public Tensor forward(@Dims("N, " + N_MFCC + ", 101") Tensor mfcc) {
        if (mfcc.size(2) != frames()) {
            throw new ShapeError("expected " + frames() + " MFCC frames, got " + mfcc.size(2));
        }
        Tensor x = blocks.forward(stem.forward(mfcc));
        x = F.adaptiveAvgPool1d(x, 1).squeeze(-1);
        return fc.forward(dropout.forward(x));
    }
}
