import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** pytorch/examples dcgan/main.py's Discriminator: nc = 3, ndf = 64 (64x64 images). */
public class Discriminator extends Module {
    static final int nc = 3;
    static final int ndf = 64;

    private final int ngpu;
    private final Sequential main;

    public Discriminator() {
        this(1);
    }

    public Discriminator(int ngpu) {
        this.ngpu = ngpu;
        main = new Sequential(
                // input is (nc) x 64 x 64
                new Conv2d(nc, ndf, 4).stride(2).padding(1).bias(false),
                new LeakyReLU(0.2, true),
                // state size. (ndf) x 32 x 32
                new Conv2d(ndf, ndf * 2, 4).stride(2).padding(1).bias(false),
                new BatchNorm2d(ndf * 2),
                new LeakyReLU(0.2, true),
                // state size. (ndf*2) x 16 x 16
                new Conv2d(ndf * 2, ndf * 4, 4).stride(2).padding(1).bias(false),
                new BatchNorm2d(ndf * 4),
                new LeakyReLU(0.2, true),
                // state size. (ndf*4) x 8 x 8
                new Conv2d(ndf * 4, ndf * 8, 4).stride(2).padding(1).bias(false),
                new BatchNorm2d(ndf * 8),
                new LeakyReLU(0.2, true),
                // state size. (ndf*8) x 4 x 4
                new Conv2d(ndf * 8, 1, 4).stride(1).padding(0).bias(false),
                new Sigmoid()
        );
    }

    public Tensor forward(@Dims("N, 3, 64, 64") Tensor input) {
        Tensor output = main.forward(input);
        return output.view(-1, 1).squeeze(1);
    }
}
