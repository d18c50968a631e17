import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/**
 * Base of the two torchvision residual blocks. The constructor is a template method: it asks the
 * subclass for its branch ({@link #buildBranch}) and its channel expansion, then adds the
 * projection shortcut when the branch changes the shape.
 */
public abstract class ResidualBlock extends Module {
    protected final Sequential branch;
    protected final Module shortcut;
    private final ReLU relu = new ReLU(true);

    protected ResidualBlock(int inPlanes, int planes, int stride) {
        branch = buildBranch(inPlanes, planes, stride);
        int outPlanes = planes * expansion();
        shortcut = stride != 1 || inPlanes != outPlanes
                ? new Sequential(new Conv2d(inPlanes, outPlanes, 1).stride(stride).bias(false), new BatchNorm2d(outPlanes))
                : new Identity();
    }

    /** The residual branch; called from the base constructor, so it may only use its arguments. */
    protected abstract Sequential buildBranch(int inPlanes, int planes, int stride);

    /** Output channels per {@code planes}. */
    public abstract int expansion();

    protected static Sequential convBn(int in, int out, int kernel, int stride) {
        return new Sequential(
                new Conv2d(in, out, kernel).stride(stride).padding(kernel / 2).bias(false),
                new BatchNorm2d(out));
    }

    public Tensor forward(Tensor x) {
        Tensor out = branch.forward(x);
        out = out.add(shortcut instanceof Identity ? x : shortcut.call(x));
        return relu.forward(out);
    }
}
