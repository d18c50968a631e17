import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** A convolutional VAE for 64x64 images (the layout of AntixK/PyTorch-VAE's VanillaVAE). */
public class ConvVAE extends Autoencoder {
    private final Linear fcMu;
    private final Linear fcVar;
    private final Linear decoderInput;

    public ConvVAE() {
        this(Spec.celebA());
    }

    public ConvVAE(Spec spec) {
        super(spec);
        fcMu = new Linear(encodedFeatures(), spec.latentDim());
        fcVar = new Linear(encodedFeatures(), spec.latentDim());
        decoderInput = new Linear(spec.latentDim(), encodedFeatures());
    }

    private int side() {
        return spec.imageSize() >> spec.widths().length;
    }

    @Override
    protected int encodedFeatures() {
        return spec.lastWidth() * side() * side();
    }

    @Override
    protected Sequential buildEncoder(Spec spec) {
        Sequential s = new Sequential();
        int in = spec.channels();
        for (int w : spec.widths()) {
            s.add(new Sequential(new Conv2d(in, w, 3).stride(2).padding(1), new BatchNorm2d(w), new LeakyReLU()));
            in = w;
        }
        return s;
    }

    @Override
    protected Sequential buildDecoder(Spec spec) {
        Sequential s = new Sequential();
        int[] w = spec.widths();
        for (int i = w.length - 1; i > 0; i--) {
            s.add(new Sequential(
                    new ConvTranspose2d(w[i], w[i - 1], 3).stride(2).padding(1).outputPadding(1),
                    new BatchNorm2d(w[i - 1]), new LeakyReLU()));
        }
        s.add(new Sequential(
                new ConvTranspose2d(w[0], w[0], 3).stride(2).padding(1).outputPadding(1),
                new BatchNorm2d(w[0]), new LeakyReLU(),
                new Conv2d(w[0], spec.channels(), 3).padding(1), new Tanh()));
        return s;
    }

    public VaeOutput forward(@Dims("N, 3, 64, 64") Tensor x) {
        Tensor h = encoder.forward(x).flatten(1);
        Tensor mu = fcMu.forward(h);
        Tensor logVar = fcVar.forward(h);
        Tensor z = reparameterize(mu, logVar);
        Tensor recon = decoder.forward(decoderInput.forward(z).view(-1, spec.lastWidth(), side(), side()));
        return new VaeOutput(recon, mu, logVar);
    }
}
