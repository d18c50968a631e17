import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.stream.IntStream;

/** A shared per-point MLP (1x1 convolutions over [N, C, P]) followed by a pooling over the points. */
public abstract class PointEncoder extends Module {
    protected final Sequential convs;

    protected PointEncoder(int... widths) {
        convs = sharedMlp(widths);
    }

    protected abstract Pooling pooling();

    /** conv1d + batch norm + relu for each consecutive pair of widths. */
    protected static Sequential sharedMlp(int... widths) {
        Sequential seq = new Sequential();
        IntStream.range(0, widths.length - 1)
                .mapToObj(i -> unit(widths[i], widths[i + 1]))
                .flatMap(java.util.Arrays::stream)
                .forEach(seq::add);
        return seq;
    }

    private static Module[] unit(int in, int out) {
        return new Module[] {new Conv1d(in, out, 1), new BatchNorm1d(out), new ReLU()};
    }

    protected static Linear fc(int in, int out) {
        return new Linear(in, out);
    }

    protected static Sequential fc(int in, int out, double dropout) {
        return dropout > 0
                ? new Sequential(new Linear(in, out), new Dropout(dropout), new BatchNorm1d(out), new ReLU())
                : new Sequential(new Linear(in, out), new BatchNorm1d(out), new ReLU());
    }

    public Tensor encode(Tensor points) {
        return pooling().reduce(convs.forward(points));
    }
}
