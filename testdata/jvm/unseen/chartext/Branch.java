import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** A generic branch wrapping one core module of a bounded type; subclasses say how to pool its output. */
public abstract class Branch<T extends Module> extends Module {
    protected final T core;
    protected final int outChannels;

    protected Branch(T core, int outChannels) {
        this.core = core;
        this.outChannels = outChannels;
    }

    public int outChannels() {
        return outChannels;
    }

    protected abstract Tensor pool(Tensor h);

    public Tensor forward(Tensor x) {
        return pool(core.call(x));
    }
}
