import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** Kingma & Welling's MLP VAE on MNIST (the pytorch/examples vae). */
public class MnistVAE extends Autoencoder {
    private final Linear fcMu;
    private final Linear fcLogVar;

    public MnistVAE() {
        super(Spec.mnist());
        fcMu = new Linear(spec.lastWidth(), spec.latentDim());
        fcLogVar = new Linear(spec.lastWidth(), spec.latentDim());
    }

    @Override
    protected int encodedFeatures() {
        return spec.channels() * spec.imageSize() * spec.imageSize();
    }

    @Override
    protected Sequential buildEncoder(Spec spec) {
        return new Sequential(new Flatten(), new Linear(encodedFeatures(), spec.lastWidth()), new ReLU());
    }

    @Override
    protected Sequential buildDecoder(Spec spec) {
        return new Sequential(
                new Linear(spec.latentDim(), spec.lastWidth()), new ReLU(),
                new Linear(spec.lastWidth(), encodedFeatures()), new Sigmoid());
    }

    public VaeOutput forward(@Dims("N, 1, 28, 28") Tensor x) {
        Tensor h = encoder.forward(x);
        Tensor mu = fcMu.forward(h);
        Tensor logVar = fcLogVar.forward(h);
        Tensor recon = decoder.forward(reparameterize(mu, logVar));
        return new VaeOutput(recon.view(-1, spec.channels(), spec.imageSize(), spec.imageSize()), mu, logVar);
    }
}
