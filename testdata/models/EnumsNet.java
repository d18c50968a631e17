import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;

/**
 * Enums as configuration: constants built by a constructor with arguments, fields and methods,
 * switch (this) inside them, a constant-specific body, values(), valueOf(), ordinal(), name(),
 * compareTo, and enums in switch statements and expressions.
 */
public class EnumsNet extends Module {
    enum ModelSize {
        SMALL(16),
        MEDIUM(32),
        LARGE(64) {
            @Override
            int heads() {
                return 8;
            }
        };

        private final int width;

        ModelSize(int width) {
            this.width = width;
        }

        int width() {
            return width;
        }

        int heads() {
            return 2;
        }

        int depth() {
            switch (this) {
                case SMALL:
                    return 1;
                case MEDIUM:
                    return 2;
                default:
                    return 3;
            }
        }

        ModelSize next() {
            return values()[(ordinal() + 1) % values().length];
        }
    }

    private final Linear a;
    private final Linear b;
    private final Linear c;
    private final Linear d;

    public EnumsNet() {
        ModelSize s = ModelSize.valueOf("MEDIUM");
        a = new Linear(8, s.width());
        b = new Linear(s.width(), s.next().width());
        ModelSize big = ModelSize.values()[2];
        int w = switch (big) {
            case SMALL -> 1;
            case MEDIUM -> 2;
            case LARGE -> big.heads() * big.depth();
        };
        c = new Linear(64, w);
        int k = 0;
        if (ModelSize.SMALL.compareTo(ModelSize.LARGE) < 0) {
            k = ModelSize.LARGE.ordinal() + s.name().length();
        }
        switch (s) {
            case SMALL:
                k = 100;
                break;
            case MEDIUM:
                k = k + ModelSize.SMALL.heads();
                break;
            default:
                k = 200;
        }
        d = new Linear(w, k);
    }

    public Tensor forward(@Dims("N, 8") Tensor x) {
        Tensor h = a.forward(x);
               //  ^ [N, 32]
        h = b.forward(h);
        //  ^ [N, 64]
        h = c.forward(h);
        //  ^ [N, 24]
        return d.forward(h);
           //  ^ [N, 10]
    }
}
