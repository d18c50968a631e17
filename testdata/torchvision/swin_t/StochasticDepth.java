import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** torchvision.ops.StochasticDepth: drops whole rows ("row") or the whole batch ("batch") in training. */
public class StochasticDepth extends Module {
    private final double p;
    private final String mode;

    public StochasticDepth(double p, String mode) {
        if (p < 0.0 || p > 1.0) {
            throw new IllegalArgumentException("drop probability has to be between 0 and 1, but got " + p);
        }
        if (!mode.equals("batch") && !mode.equals("row")) {
            throw new IllegalArgumentException("mode has to be either 'batch' or 'row', but got " + mode);
        }
        this.p = p;
        this.mode = mode;
    }

    public Tensor forward(Tensor input) {
        if (!isTraining() || p == 0.0) {
            return input;
        }
        double survivalRate = 1.0 - p;
        long[] size = new long[input.dim()];
        for (int i = 0; i < size.length; i++) {
            size[i] = 1;
        }
        if (mode.equals("row")) {
            size[0] = input.size(0);
        }
        // torch.empty(size).bernoulli_(survival_rate), scaled by 1 / survival_rate
        Tensor noise = Tensors.rand(size).lt(survivalRate).to(input.dtype());
        if (survivalRate > 0.0) {
            noise = noise.div(survivalRate);
        }
        return input.mul(noise);
    }
}
