import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/**
 * Base of the variational autoencoders: the constructor stores the spec and then asks the subclass
 * for its encoder and decoder (a template method), so those builders see only the spec.
 */
public abstract class Autoencoder extends Module {
    /** Input channels and size, latent size, and the encoder's widths (default 32, 64, 128, 256). */
    public record Spec(int channels, int imageSize, int latentDim, int... widths) {
        public Spec {
            if (widths.length == 0) {
                widths = new int[] {32, 64, 128, 256};
            }
        }

        /** CelebA crops at 64x64 with a 128-d latent. */
        public static Spec celebA() {
            return new Spec(3, 64, 128);
        }

        /** MNIST with the paper's 400 hidden units and a 20-d latent. */
        public static Spec mnist() {
            return new Spec(1, 28, 20, 400);
        }

        int lastWidth() {
            return widths[widths.length - 1];
        }
    }

    protected final Spec spec;
    protected final Sequential encoder;
    protected final Sequential decoder;

    protected Autoencoder(Spec spec) {
        this.spec = spec;
        this.encoder = buildEncoder(spec);
        this.decoder = buildDecoder(spec);
    }

    protected abstract Sequential buildEncoder(Spec spec);

    protected abstract Sequential buildDecoder(Spec spec);

    /** Features the encoder gives per example, flattened. */
    protected abstract int encodedFeatures();

    protected Tensor reparameterize(Tensor mu, Tensor logVar) {
        if (!isTraining()) {
            return mu;
        }
        Tensor std = logVar.mul(0.5).exp();
        return Tensors.randnLike(std).mul(std).add(mu);
    }
}
