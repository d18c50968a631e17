import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

import java.util.ArrayList;
import java.util.List;

/** pix2pix's UnetGenerator (junyanz/pytorch-CycleGAN-and-pix2pix), built recursively from the innermost block out; ngf = 8, 5 downs, 32x32. */
public class UnetGenerator extends Module {
    static final int NGF = 8;
    static final int NUM_DOWNS = 5;

    enum Position {
        OUTERMOST {
            @Override
            List<Module> down(Conv2d downconv, int innerNc) {
                return List.of(downconv);
            }

            @Override
            List<Module> up(int innerNc, int outerNc) {
                return List.of(new ReLU(true), new ConvTranspose2d(innerNc * 2, outerNc, 4, 2, 1), new Tanh());
            }
        },
        INNERMOST {
            @Override
            List<Module> down(Conv2d downconv, int innerNc) {
                return List.of(new LeakyReLU(0.2, true), downconv);
            }

            @Override
            List<Module> up(int innerNc, int outerNc) {
                return List.of(new ReLU(true), new ConvTranspose2d(innerNc, outerNc, 4, 2, 1).bias(false), new BatchNorm2d(outerNc));
            }
        },
        MIDDLE {
            @Override
            List<Module> down(Conv2d downconv, int innerNc) {
                return List.of(new LeakyReLU(0.2, true), downconv, new BatchNorm2d(innerNc));
            }

            @Override
            List<Module> up(int innerNc, int outerNc) {
                return List.of(new ReLU(true), new ConvTranspose2d(innerNc * 2, outerNc, 4, 2, 1).bias(false), new BatchNorm2d(outerNc));
            }
        };

        abstract List<Module> down(Conv2d downconv, int innerNc);

        abstract List<Module> up(int innerNc, int outerNc);

        boolean skips() {
            return this != OUTERMOST;
        }
    }

    /** UnetSkipConnectionBlock: X -------------------identity---------------------- X
     *                           |-- downsampling -- |submodule| -- upsampling --| */
    static final class SkipBlock extends Module {
        private final Position position;
        private final Sequential model = new Sequential();

        SkipBlock(int outerNc, int innerNc, Integer inputNc, SkipBlock submodule, Position position, boolean useDropout) {
            this.position = position;
            int in = inputNc == null ? outerNc : inputNc;
            Conv2d downconv = new Conv2d(in, innerNc, 4, 2, 1).bias(false);
            List<Module> layers = new ArrayList<>(position.down(downconv, innerNc));
            if (submodule != null) {
                layers.add(submodule);
            }
            layers.addAll(position.up(innerNc, outerNc));
            if (useDropout && position == Position.MIDDLE) {
                layers.add(new Dropout(0.5));
            }
            layers.forEach(model::add);
        }

        public Tensor forward(Tensor x) {
            return position.skips() ? Tensors.cat(List.of(x, model.forward(x)), 1) : model.forward(x);
        }
    }

    private final SkipBlock model;

    public UnetGenerator() {
        this(3, 3, NUM_DOWNS, NGF, true);
    }

    UnetGenerator(int inputNc, int outputNc, int numDowns, int ngf, boolean useDropout) {
        SkipBlock block = new SkipBlock(ngf * 8, ngf * 8, null, null, Position.INNERMOST, false);
        for (int i = 0; i < numDowns - 5; i++) {
            block = new SkipBlock(ngf * 8, ngf * 8, null, block, Position.MIDDLE, useDropout);
        }
        int mult = 8;
        do {
            block = new SkipBlock(ngf * mult / 2, ngf * mult, null, block, Position.MIDDLE, false);
            mult >>= 1;
        } while (mult > 1);
        model = new SkipBlock(outputNc, ngf, inputNc, block, Position.OUTERMOST, false);
    }

    public Tensor forward(@Dims("N, 3, 32, 32") Tensor x) {
        return model.forward(x);
    }
}
