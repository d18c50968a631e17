import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** Top of the block hierarchy: a residual unit with an optional downsample. */
public abstract class Block extends Module {
    protected Sequential downsample;

    protected Block(int inplanes, int outplanes, int stride) {
        if (stride != 1 || inplanes != outplanes) {
            downsample = new Sequential(conv1x1(inplanes, outplanes, stride), new BatchNorm2d(outplanes));
            addModule("downsample", downsample);
        }
    }

    protected static Conv2d conv1x1(int in, int out, int stride) {
        return new Conv2d(in, out, 1).stride(stride).bias(false);
    }

    protected Conv2d conv3x3(int in, int out, int stride, int groups) {
        return new Conv2d(in, out, 3).stride(stride).padding(1).groups(groups).bias(false);
    }

    protected abstract Tensor residual(Tensor x);

    protected Tensor shortcut(Tensor x) {
        return downsample == null ? x : downsample.forward(x);
    }

    public Tensor forward(Tensor x) {
        return F.relu(residual(x).add(shortcut(x)));
    }
}
