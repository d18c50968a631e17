import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/** What an audio model shares through an interface. */
interface AudioSpec {
    int SAMPLE_RATE = 16;
    int CHANNELS = 2;

    default int frames() {
        return SAMPLE_RATE / 4;
    }

    default int channels() {
        return CHANNELS;
    }

    static int hop() {
        return 2;
    }
}

/**
 * Interface members: default methods called on the object and unqualified inside it, one
 * overridden and reached through AudioSpec.super, a static method, and constants used
 * unqualified by the implementing class, in @Dims too.
 */
public class InterfacesNet extends Module implements AudioSpec {
    private final Linear fc = new Linear(SAMPLE_RATE, frames() * AudioSpec.hop());
    private final Linear fc2 = new Linear(AudioSpec.hop() * this.frames(), channels() + this.channels() + 2);

    @Override
    public int frames() {
        return AudioSpec.super.frames();
    }

    public Tensor forward(@Dims("N, 1, " + SAMPLE_RATE) Tensor x) {
        Tensor a = fc.forward(x);
               //  ^ [N, 1, 8]
        return fc2.forward(a);
           //  ^ [N, 1, 6]
    }
}
