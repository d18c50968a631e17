import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** pytorch/examples vae/main.py's VAE (MNIST, 784-400-20), unchanged sizes. */
public class VAE extends Module {
    public record Output(Tensor recon, Tensor mu, Tensor logvar) {}

    private record MuLogvar(Tensor mu, Tensor logvar) {}

    private final Linear fc1 = new Linear(784, 400);
    private final Linear fc21 = new Linear(400, 20);
    private final Linear fc22 = new Linear(400, 20);
    private final Linear fc3 = new Linear(20, 400);
    private final Linear fc4 = new Linear(400, 784);

    private MuLogvar encode(Tensor x) {
        Tensor h1 = F.relu(fc1.forward(x));
        return new MuLogvar(fc21.forward(h1), fc22.forward(h1));
    }

    private Tensor reparameterize(Tensor mu, Tensor logvar) {
        Tensor std = Tensors.exp(logvar.mul(0.5));
        Tensor eps = Tensors.randnLike(std);
        return mu.add(eps.mul(std));
    }

    private Tensor decode(Tensor z) {
        Tensor h3 = F.relu(fc3.forward(z));
        return Tensors.sigmoid(fc4.forward(h3));
    }

    public Output forward(@Dims("N, 1, 28, 28") Tensor x) {
        MuLogvar muLogvar = encode(x.view(-1, 784));
        Tensor z = reparameterize(muLogvar.mu(), muLogvar.logvar());
        return new Output(decode(z), muLogvar.mu(), muLogvar.logvar());
    }
}
