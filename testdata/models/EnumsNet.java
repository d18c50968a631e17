import dev.shapesense.tensor.*;
import dev.shapesense.nn.*;
import dev.shapesense.nn.Module;
import java.util.EnumMap;
import java.util.EnumSet;

/**
 * Enums as configuration: constants built by a constructor with arguments, fields and methods,
 * switch (this) inside them, a constant-specific body, values(), valueOf(), ordinal(), name(),
 * compareTo, enums in switch statements and expressions, EnumMap and EnumSet (ordinal order).
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
    private final Linear e;

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
        EnumMap<ModelSize, Integer> extra = new EnumMap<>(ModelSize.class);
        extra.put(ModelSize.LARGE, 3);
        extra.put(ModelSize.SMALL, 1);
        int first = 0;
        for (ModelSize m : extra.keySet()) {
            if (first == 0) {
                first = m.width();
            }
        }
        EnumSet<ModelSize> upper = EnumSet.range(ModelSize.MEDIUM, ModelSize.LARGE);
        int sizes = upper.size() + EnumSet.allOf(ModelSize.class).size() + extra.get(ModelSize.LARGE);
        e = new Linear(k, first + sizes);
    }

    public Tensor forward(@Dims("N, 8") Tensor x) {
        Tensor h = a.forward(x);
               //  ^ [N, 32]
        h = b.forward(h);
        //  ^ [N, 64]
        h = c.forward(h);
        //  ^ [N, 24]
        h = d.forward(h);
      //    ^ [N, 10]
        return e.forward(h);
           //  ^ [N, 24]
    }
}
