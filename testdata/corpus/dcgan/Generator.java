import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** pytorch/examples dcgan/main.py's Generator: nz = 100, ngf = 64, nc = 3 (64x64 images). */
public class Generator extends Module {
    static final int nz = 100;
    static final int ngf = 64;
    static final int nc = 3;

    private final int ngpu;
    private final Sequential main;

    public Generator() {
        this(1);
    }

    public Generator(int ngpu) {
        this.ngpu = ngpu;
        main = new Sequential(
                // input is Z, going into a convolution
                new ConvTranspose2d(nz, ngf * 8, 4).stride(1).padding(0).bias(false),
                new BatchNorm2d(ngf * 8),
                new ReLU(true),
                // state size. (ngf*8) x 4 x 4
                new ConvTranspose2d(ngf * 8, ngf * 4, 4).stride(2).padding(1).bias(false),
                new BatchNorm2d(ngf * 4),
                new ReLU(true),
                // state size. (ngf*4) x 8 x 8
                new ConvTranspose2d(ngf * 4, ngf * 2, 4).stride(2).padding(1).bias(false),
                new BatchNorm2d(ngf * 2),
                new ReLU(true),
                // state size. (ngf*2) x 16 x 16
                new ConvTranspose2d(ngf * 2, ngf, 4).stride(2).padding(1).bias(false),
                new BatchNorm2d(ngf),
                new ReLU(true),
                // state size. (ngf) x 32 x 32
                new ConvTranspose2d(ngf, nc, 4).stride(2).padding(1).bias(false),
                new Tanh()
                // state size. (nc) x 64 x 64
        );
    }

    public Tensor forward(@Dims("N, 100, 1, 1") Tensor input) {
        Tensor output = main.forward(input);
        return output;
    }
}
