import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.ArrayList;
import java.util.List;

/**
 * U-Net (Ronneberger et al. 2015) in the layout of the widely used milesial/Pytorch-UNet: double
 * 3x3 convolutions, max-pool down, transposed-conv or bilinear up, skip concatenation. Built with a
 * fluent builder.
 */
public class UNet extends Module {
    public static final class Builder {
        private int inChannels = 3;
        private int numClasses = 2;
        private int width = 64;
        private int depth = 4;
        private boolean batchNorm = true;
        private boolean bilinear;

        public Builder inChannels(int inChannels) {
            this.inChannels = inChannels;
            return this;
        }

        public Builder numClasses(int numClasses) {
            this.numClasses = numClasses;
            return this;
        }

        public Builder width(int width) {
            this.width = width;
            return this;
        }

        public Builder depth(int depth) {
            this.depth = depth;
            return this;
        }

        public Builder batchNorm(boolean batchNorm) {
            this.batchNorm = batchNorm;
            return this;
        }

        /** Up-sample bilinearly instead of with transposed convolutions. */
        public Builder bilinear() {
            this.bilinear = true;
            return this;
        }

        public UNet build() {
            return new UNet(this);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Two conv-(BN)-ReLU; an inner class, it reads the model's batchNorm switch. */
    class DoubleConv extends Module {
        private final Sequential body = new Sequential();

        DoubleConv(int in, int out) {
            for (int c : new int[] {in, out}) {
                body.add(new Conv2d(c, out, 3).padding(1).bias(!batchNorm));
                if (batchNorm) {
                    body.add(new BatchNorm2d(out));
                }
                body.add(new ReLU(true));
            }
        }

        public Tensor forward(Tensor x) {
            return body.forward(x);
        }
    }

    class Down extends Module {
        private final MaxPool2d pool = new MaxPool2d(2);
        private final DoubleConv conv;

        Down(int in, int out) {
            conv = new DoubleConv(in, out);
        }

        public Tensor forward(Tensor x) {
            return conv.forward(pool.forward(x));
        }
    }

    class Up extends Module {
        private final Module up;
        private final DoubleConv conv;

        Up(int in, int out) {
            up = bilinear
                    ? new Upsample().scaleFactor(2.0).mode("bilinear").alignCorners(true)
                    : new ConvTranspose2d(in, in / 2, 2, 2);
            conv = new DoubleConv(in, out);
        }

        public Tensor forward(Tensor x, Tensor skip) {
            x = up.call(x);
            return conv.forward(Tensors.cat(List.of(skip, x), 1));
        }
    }

    private final boolean batchNorm;
    private final boolean bilinear;
    private final DoubleConv inc;
    private final ModuleList downs = new ModuleList();
    private final ModuleList ups = new ModuleList();
    private final Conv2d outc;

    public UNet() {
        this(builder().width(32).depth(4).batchNorm(true));
    }

    protected UNet(Builder b) {
        batchNorm = b.batchNorm;
        bilinear = b.bilinear;
        int factor = bilinear ? 2 : 1;
        inc = new DoubleConv(b.inChannels, b.width);
        for (int i = 0; i < b.depth; i++) {
            int in = b.width << i;
            int out = i == b.depth - 1 ? (in * 2) / factor : in * 2;
            downs.add(new Down(in, out));
        }
        for (int i = b.depth; i > 0; i--) {
            int in = b.width << i;
            int out = i == 1 ? b.width : (in / 2) / factor;
            ups.add(new Up(in, out));
        }
        outc = new Conv2d(b.width, b.numClasses, 1);
    }

    public Tensor forward(@Dims("N, 3, 64, 64") Tensor x) {
        List<Tensor> skips = new ArrayList<>();
        x = inc.forward(x);
        for (Module down : downs) {
            skips.add(x);
            x = down.call(x);
        }
        for (int i = 0; i < ups.size(); i++) {
            Tensor skip = skips.get(skips.size() - 1 - i);
            if (ups.get(i) instanceof Up up) {
                x = up.forward(x, skip);
            }
        }
        return outc.forward(x);
    }
}
